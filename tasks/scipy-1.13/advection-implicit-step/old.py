"""Implicit (backward Euler) upwind advection-diffusion of a tracer in a periodic 1-D channel."""
import numpy as np
import scipy.sparse
from scipy.sparse.linalg import bicgstab


def step_matrix(n, velocity, diffusivity, dx, dt):
    c = velocity * dt / dx
    d = diffusivity * dt / dx**2
    main = np.full(n, 1.0 + c + 2.0 * d)
    lower = np.full(n, -(c + d))
    upper = np.full(n, -d)
    A = scipy.sparse.diags([lower[1:], main, upper[:-1]], [-1, 0, 1], format="lil")
    A[0, n - 1] = -(c + d)  # periodic wrap-around
    A[n - 1, 0] = -d
    return A.tocsr()


def advect_diffuse(concentration, velocity, diffusivity, dx, dt, steps):
    u = np.asarray(concentration, dtype=float)
    A = step_matrix(u.size, velocity, diffusivity, dx, dt)
    for _ in range(steps):
        u, info = bicgstab(A, u, x0=u, tol=1e-12)
        if info != 0:
            raise RuntimeError(f"BiCGSTAB failed at info={info}")
    return u
