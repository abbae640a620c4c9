"""Constant-velocity Kalman filter fusing two position sensors (one of them redundant)."""
import numpy as np
from scipy.linalg import pinvh


class KalmanFilter:
    def __init__(self, dt, process_var, sensor_vars):
        self.F = np.array([[1.0, dt], [0.0, 1.0]])
        self.Q = process_var * np.array([[dt**4 / 4, dt**3 / 2], [dt**3 / 2, dt**2]])
        self.H = np.array([[1.0, 0.0]] * len(sensor_vars))
        self.R = np.diag(sensor_vars)
        self.x = np.zeros(2)
        self.P = np.eye(2) * 100.0

    def predict(self):
        self.x = self.F @ self.x
        self.P = self.F @ self.P @ self.F.T + self.Q

    def update(self, z):
        S = self.H @ self.P @ self.H.T + self.R
        K = self.P @ self.H.T @ pinvh(S, cond=1e-9)
        self.x = self.x + K @ (np.asarray(z, dtype=float) - self.H @ self.x)
        self.P = (np.eye(2) - K @ self.H) @ self.P

    def run(self, measurements):
        track = []
        for z in measurements:
            self.predict()
            self.update(z)
            track.append((round(float(self.x[0]), 4), round(float(self.x[1]), 4)))
        return track
