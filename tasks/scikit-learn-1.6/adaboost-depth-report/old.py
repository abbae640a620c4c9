"""Build boosted classifiers from experiment configs and describe what was trained."""
from sklearn.ensemble import AdaBoostClassifier
from sklearn.tree import DecisionTreeClassifier


def build_from_config(config):
    """config: {"depth": int, "rounds": int, "learning_rate": float}."""
    return AdaBoostClassifier(
        base_estimator=DecisionTreeClassifier(max_depth=config.get("depth", 1)),
        n_estimators=config.get("rounds", 50),
        learning_rate=config.get("learning_rate", 1.0),
        random_state=0,
    )


def training_report(model, X, y):
    """Fit ``model`` and summarise the weak learner template and the boosting result."""
    model.fit(X, y)
    template = model.base_estimator_
    return {
        "weak_learner": type(template).__name__,
        "depth": template.max_depth,
        "rounds_used": len(model.estimators_),
        "train_accuracy": round(float(model.score(X, y)), 3),
    }
