"""Marketing charts drawn with the ggplot and bmh style sheets."""
import matplotlib.pyplot as plt

CHART_STYLES = {"web": "ggplot", "print": ["bmh", "grayscale"]}


def campaign_chart(weeks, signups, medium="web"):
    with plt.style.context(CHART_STYLES[medium]):
        fig, ax = plt.subplots(figsize=(5, 3))
        ax.plot(weeks, signups, marker="o")
        ax.set_title("sign-ups per week")
    return fig, ax
