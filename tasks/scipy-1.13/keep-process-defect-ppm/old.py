"""Process capability and expected defect rate for a normally distributed quality measure."""
from scipy.stats import norm


def process_capability(mean, std, lower_spec, upper_spec):
    """Cp, Cpk, expected parts-per-million outside spec and the sigma level."""
    if std <= 0:
        raise ValueError("std must be positive")
    if lower_spec >= upper_spec:
        raise ValueError("lower_spec must be below upper_spec")
    cp = (upper_spec - lower_spec) / (6 * std)
    cpk = min(upper_spec - mean, mean - lower_spec) / (3 * std)
    below = norm.cdf(lower_spec, loc=mean, scale=std)
    above = norm.sf(upper_spec, loc=mean, scale=std)
    ppm = (below + above) * 1e6
    sigma_level = norm.ppf(1.0 - (below + above))
    return {
        "cp": round(float(cp), 3),
        "cpk": round(float(cpk), 3),
        "ppm": round(float(ppm), 1),
        "sigma_level": round(float(sigma_level), 3),
    }
