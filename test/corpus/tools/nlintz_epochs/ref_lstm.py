# Float32 NumPy reference for the corpus program's model and training (see README.md); independent of Gradbook.
import numpy as np
import sys
rng=np.random.default_rng(int(sys.argv[1])); EP=int(sys.argv[2]); NTR=int(sys.argv[3])
def pr(shape,k): return (rng.standard_normal(shape)*0.01).astype(np.float32)
teX=np.load('teX.npy').reshape(-1,28,28); teY=np.load('teY.npy')
trX=np.load('trX.npy').reshape(-1,28,28); trY=np.load('trY.npy')
W,B,K,Kb=pr((28,10),1.0),pr((10,),2.0),rng.uniform(-np.sqrt(6/(56+112)),np.sqrt(6/(56+112)),(56,112)).astype(np.float32),np.zeros(112,np.float32)
P=[K,Kb,W,B]; ms=[np.ones_like(p) for p in P]
sig=lambda x:1/(1+np.exp(-x))
def fwd(X):
    n=len(X); h=np.zeros((n,28),np.float32); c=np.zeros((n,28),np.float32); cache=[]
    for t in range(28):
        xh=np.concatenate([X[:,t,:],h],1); z=xh@K+Kb
        i,j,f,o=np.split(z,4,1); si,tj,sf,so=sig(i),np.tanh(j),sig(f+1.0),sig(o)
        cn=c*sf+si*tj; hn=np.tanh(cn)*so
        cache.append((xh,c,si,tj,sf,so,cn)); h,c=hn,cn
    return h,c,cache,h@W+B
for ep in range(EP):
  for s in range(0,NTR-63,64):
    X,Y=trX[s:s+64],trY[s:s+64]; n=len(X)
    h,c,cache,out=fwd(X); p=np.exp(out-out.max(1,keepdims=True)); p/=p.sum(1,keepdims=True)
    d=(p-Y)/n; gW=h.T@d; gB=d.sum(0); dh=d@W.T; dc=np.zeros_like(c); gK=np.zeros_like(K); gKb=np.zeros_like(Kb)
    for t in reversed(range(28)):
        xh,cp,si,tj,sf,so,cn=cache[t]; tc=np.tanh(cn)
        do=dh*tc; dc=dc+dh*so*(1-tc*tc)
        di=dc*tj; dj=dc*si; df=dc*cp; dcp=dc*sf
        dz=np.concatenate([di*si*(1-si),dj*(1-tj*tj),df*sf*(1-sf),do*so*(1-so)],1)
        gK+=xh.T@dz; gKb+=dz.sum(0); dxh=dz@K.T; dh=dxh[:,28:]; dc=dcp
    for q,g in enumerate([gK,gKb,gW,gB]):
        ms[q]+=(g*g-ms[q])*np.float32(0.1); P[q]-=np.float32(0.005)*g/np.sqrt(ms[q]+np.float32(1e-10))
  idx=rng.permutation(len(teX))[:256]; out=fwd(teX[idx])[-1]
  print(ep, np.mean(out.argmax(1)==teY[idx].argmax(1)), flush=True)
