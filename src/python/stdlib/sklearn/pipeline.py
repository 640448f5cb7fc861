"""sklearn.pipeline (scikit-learn 0.20): Pipeline and make_pipeline. A pipeline chains transformers
(fit_transform on the training data, transform afterwards) and ends in any estimator: fit(X, y,
**fit_params) routes 'step__param' keyword arguments to that step's fit (TF's
iris_with_pipeline.py passes DNNclassifier__steps=200 to a contrib.learn DNNClassifier), and
predict / score hand the transformed rows to the last step. Steps set to None are skipped."""
from sklearn import _refuse_missing


class Pipeline(object):
    def __init__(self, steps, memory=None):
        if memory is not None:
            raise NotImplementedError("Pipeline() argument 'memory' is not supported by Gradbook: transformers "
                                      'are not cached')
        self.steps = list(steps)
        self.memory = memory
        names = [name for name, _ in self.steps]
        if len(set(names)) != len(names):
            raise ValueError('Names provided are not unique: {0!r}'.format(names))
        for name in names:
            if '__' in name:
                raise ValueError('Estimator names must not contain __: got {0!r}'.format([name]))
        for name, step in self.steps[:-1]:
            if step is None:
                continue
            if not (hasattr(step, 'fit') or hasattr(step, 'fit_transform')) or not hasattr(step, 'transform'):
                raise TypeError("All intermediate steps should be transformers and implement fit and transform. "
                                "'%s' (type %s) doesn't" % (step, type(step)))

    @property
    def named_steps(self):
        return dict(self.steps)

    @property
    def _final_estimator(self):
        return self.steps[-1][1]

    def _fit_params(self, fit_params):
        routed = dict((name, {}) for name, _ in self.steps)
        for key, value in fit_params.items():
            step, param = key.split('__', 1)
            routed[step][param] = value
        return routed

    def _fit_transforms(self, X, y, routed):
        Xt = X
        for name, step in self.steps[:-1]:
            if step is None:
                continue
            if hasattr(step, 'fit_transform'):
                Xt = step.fit_transform(Xt, y, **routed[name])
            else:
                Xt = step.fit(Xt, y, **routed[name]).transform(Xt)
        return Xt

    def _transforms(self, X):
        Xt = X
        for _, step in self.steps[:-1]:
            if step is not None:
                Xt = step.transform(Xt)
        return Xt

    def fit(self, X, y=None, **fit_params):
        routed = self._fit_params(fit_params)
        Xt = self._fit_transforms(X, y, routed)
        if self._final_estimator is not None:
            self._final_estimator.fit(Xt, y, **routed[self.steps[-1][0]])
        return self

    def fit_transform(self, X, y=None, **fit_params):
        routed = self._fit_params(fit_params)
        Xt = self._fit_transforms(X, y, routed)
        last = self._final_estimator
        if last is None:
            return Xt
        if hasattr(last, 'fit_transform'):
            return last.fit_transform(Xt, y, **routed[self.steps[-1][0]])
        return last.fit(Xt, y, **routed[self.steps[-1][0]]).transform(Xt)

    def predict(self, X, **predict_params):
        return self._final_estimator.predict(self._transforms(X), **predict_params)

    def predict_proba(self, X):
        return self._final_estimator.predict_proba(self._transforms(X))

    def transform(self, X):
        Xt = self._transforms(X)
        return Xt if self._final_estimator is None else self._final_estimator.transform(Xt)

    def score(self, X, y=None, sample_weight=None):
        kwargs = {} if sample_weight is None else {'sample_weight': sample_weight}
        return self._final_estimator.score(self._transforms(X), y, **kwargs)


def make_pipeline(*steps, **kwargs):
    memory = kwargs.pop('memory', None)
    if kwargs:
        raise TypeError('Unknown keyword arguments: "{}"'.format(list(kwargs.keys())[0]))
    names = [type(step).__name__.lower() for step in steps]
    for name in set(names):
        if names.count(name) > 1:
            count = 0
            for i, n in enumerate(names):
                if n == name:
                    count += 1
                    names[i] = '%s-%d' % (name, count)
    return Pipeline(list(zip(names, steps)), memory=memory)


__getattr__ = _refuse_missing('sklearn.pipeline', ['Pipeline', 'make_pipeline'])
