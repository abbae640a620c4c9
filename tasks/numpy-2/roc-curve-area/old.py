"""ROC curve and its area for a binary classifier's scores."""
import numpy as np


def roc_points(labels, scores):
    labels = np.asarray(labels, dtype=bool)
    scores = np.asarray(scores, dtype=float)
    if labels.all() or not labels.any():
        raise ValueError("need both positive and negative examples")
    thresholds = np.unique(scores)[::-1]
    tpr = [0.0]
    fpr = [0.0]
    for th in thresholds:
        predicted = scores >= th
        tpr.append((predicted & labels).sum() / labels.sum())
        fpr.append((predicted & ~labels).sum() / (~labels).sum())
    return np.array(fpr), np.array(tpr)


def roc_auc(labels, scores):
    fpr, tpr = roc_points(labels, scores)
    return float(np.trapz(tpr, fpr))
