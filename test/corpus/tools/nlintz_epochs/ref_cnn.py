# Float32 NumPy reference for the corpus program's model and training (see README.md); independent of Gradbook.
import numpy as np
import sys
rng=np.random.default_rng(int(sys.argv[1])); EP=int(sys.argv[2]); NTR=int(sys.argv[3])
def pr(shape,k): return (rng.standard_normal(shape)*0.01).astype(np.float32)
teX=np.load('teX.npy').reshape(-1,28,28,1); teY=np.load('teY.npy')
trX=np.load('trX.npy').reshape(-1,28,28,1); trY=np.load('trY.npy')
P=[pr((3,3,1,8),1.),pr((3,3,8,16),2.),pr((3,3,16,32),3.),pr((512,128),4.),pr((128,10),5.)]
ms=[np.ones_like(p) for p in P]
def conv_f(x,k):  # SAME, stride 1, 3x3
    n,H,Wd,C=x.shape; xp=np.pad(x,((0,0),(1,1),(1,1),(0,0)))
    cols=np.stack([xp[:,a:a+H,b:b+Wd,:] for a in range(3) for b in range(3)],3)  # n,H,W,9,C
    return cols.reshape(n,H,Wd,9*C)@k.reshape(9*C,-1), cols
def conv_b(dy,cols,k,xshape):
    n,H,Wd,C=xshape; gk=(cols.reshape(-1,9*C).T@dy.reshape(-1,dy.shape[3])).reshape(k.shape)
    dcols=(dy.reshape(-1,dy.shape[3])@k.reshape(9*C,-1).T).reshape(n,H,Wd,9,C)
    dxp=np.zeros((n,H+2,Wd+2,C),np.float32); q=0
    for a in range(3):
        for b in range(3): dxp[:,a:a+H,b:b+Wd,:]+=dcols[:,:,:,q,:]; q+=1
    return gk,dxp[:,1:-1,1:-1,:]
def pool_f(x):
    n,H,Wd,C=x.shape; Ho,Wo=(H+1)//2,(Wd+1)//2
    xp=np.full((n,Ho*2,Wo*2,C),-np.inf,np.float32); xp[:,:H,:Wd,:]=x
    win=xp.reshape(n,Ho,2,Wo,2,C).transpose(0,1,3,5,2,4).reshape(n,Ho,Wo,C,4)
    am=win.argmax(-1); return win.max(-1),am
def pool_b(dy,am,xshape):
    n,H,Wd,C=xshape; Ho,Wo=dy.shape[1:3]
    g=np.zeros((n,Ho,Wo,C,4),np.float32); np.put_along_axis(g,am[...,None],dy[...,None],-1)
    g=g.reshape(n,Ho,Wo,C,2,2).transpose(0,1,4,2,5,3).reshape(n,Ho*2,Wo*2,C); return g[:,:H,:Wd,:]
def fwd(X,kc,kh,train):
    acts=[]; x=X; ms_=[]
    for L in range(3):
        z,cols=conv_f(x,P[L]); r=np.maximum(z,0); pooled,am=pool_f(r); acts.append((x.shape,cols,z,r.shape,am))
        m=((rng.random(pooled.shape)<kc)/kc).astype(np.float32) if train else 1; ms_.append(m); x=pooled*m
    l3=x.reshape(len(X),512); a4=l3@P[3]; h4=np.maximum(a4,0)
    m4=((rng.random(h4.shape)<kh)/kh).astype(np.float32) if train else 1; h4=h4*m4; out=h4@P[4]
    return acts,ms_,x,l3,a4,m4,h4,out
for ep in range(EP):
  for s in range(0,NTR-63,64):
    X,Y=trX[s:s+64],trY[s:s+64]; grads=[None]*5
    acts,mss,x,l3,a4,m4,h4,out=fwd(X,0.8,0.5,True)
    p=np.exp(out-out.max(1,keepdims=True)); p/=p.sum(1,keepdims=True)
    d=(p-Y)/len(X); grads[4]=h4.T@d; da4=d@P[4].T*m4*(a4>0); grads[3]=l3.T@da4; dx=(da4@P[3].T).reshape(x.shape)*mss[2]
    for L in reversed(range(3)):
        xs,cols,z,rs,am=acts[L]; dr=pool_b(dx,am,rs)*(z>0); grads[L],dx=conv_b(dr,cols,P[L],xs)
        if L>0: dx=dx*mss[L-1]
    for q,g in enumerate(grads):
        ms[q]+=(g*g-ms[q])*np.float32(0.1); P[q]-=np.float32(0.001)*g/np.sqrt(ms[q]+np.float32(1e-10))
  idx=rng.permutation(len(teX))[:256]; out=fwd(teX[idx],1,1,False)[-1]
  print(ep, np.mean(out.argmax(1)==teY[idx].argmax(1)), flush=True)
