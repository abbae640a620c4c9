"""Exact Gaussian-process regression with an RBF kernel for small calibration data sets."""
import numpy as np
import scipy.linalg


def rbf_kernel(a, b, length_scale, variance):
    sq = (np.asarray(a, float)[:, None] - np.asarray(b, float)[None, :]) ** 2
    return variance * np.exp(-0.5 * sq / length_scale**2)


class TinyGP:
    def __init__(self, length_scale=1.0, variance=1.0, noise=1e-2):
        self.length_scale = length_scale
        self.variance = variance
        self.noise = noise

    def fit(self, x, y):
        self.x_train = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        self.y_mean = y.mean()
        K = rbf_kernel(self.x_train, self.x_train, self.length_scale, self.variance)
        K[np.diag_indices_from(K)] += self.noise
        self.alpha = scipy.linalg.solve(K, y - self.y_mean, sym_pos=True, overwrite_a=True)
        return self

    def predict(self, x_new):
        k_star = rbf_kernel(x_new, self.x_train, self.length_scale, self.variance)
        return self.y_mean + k_star @ self.alpha
