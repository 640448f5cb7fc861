# Float32 NumPy reference for the corpus program's model and training (see README.md); independent of Gradbook.
import numpy as np, sys
trX,trY,teX,teY=[np.load(n+'.npy') for n in ['trX','trY','teX','teY']]
rng=np.random.default_rng(int(sys.argv[1]) if len(sys.argv)>1 else 0)
keep_in, keep_h = (0.8,0.5) if 'drop' in sys.argv[3:] else (1.0,1.0)
W=[(rng.standard_normal(s)*0.01).astype(np.float32) for s in [(784,128),(128,64),(64,10)]]
ms=[np.ones_like(w) for w in W]; mom=[np.zeros_like(w) for w in W]
lr,decay,eps=0.001,0.9,1e-10
def fwd(X,ki,kh,train):
    m0=(rng.random(X.shape)<ki)/ki if train else 1
    x0=X*m0; a1=x0@W[0]; h1=np.maximum(a1,0)
    m1=(rng.random(h1.shape)<kh)/kh if train else 1
    h1d=h1*m1; a2=h1d@W[1]; h2=np.maximum(a2,0)
    m2=(rng.random(h2.shape)<kh)/kh if train else 1
    h2d=h2*m2; out=h2d@W[2]
    return out,(x0,a1,m1,h1d,a2,m2,h2d)
for ep in range(int(sys.argv[2]) if len(sys.argv)>2 and sys.argv[2].isdigit() else 2):
    for s in range(0,len(trX)-127,128):
        X,Y=trX[s:s+128],trY[s:s+128]
        out,(x0,a1,m1,h1d,a2,m2,h2d)=fwd(X,keep_in,keep_h,True)
        p=np.exp(out-out.max(1,keepdims=True)); p/=p.sum(1,keepdims=True)
        d=(p-Y)/len(X)
        g2=h2d.T@d; dh2=d@W[2].T*m2*(a2>0)
        g1=h1d.T@dh2; dh1=dh2@W[1].T*m1*(a1>0)
        g0=x0.T@dh1
        for i,g in enumerate([g0,g1,g2]):
            ms[i]+= (g*g-ms[i])*(1-decay); mom[i]=lr*g/np.sqrt(ms[i]+eps); W[i]-=mom[i]
    out,_=fwd(teX,1,1,False)
    print(ep, np.mean(out.argmax(1)==teY.argmax(1)))
