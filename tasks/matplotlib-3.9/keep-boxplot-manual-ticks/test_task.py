import matplotlib.pyplot as plt

from solution import reaction_time_boxes

TRIALS = {"visual": [250, 270, 300, 260], "audio": [180, 200, 190], "touch": [150, 170, 160, 400, 155]}


def test_labels_and_medians():
    fig, ax, medians = reaction_time_boxes(TRIALS)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["AUDIO", "TOUCH", "VISUAL"]
    assert medians == [190.0, 160.0, 265.0]
    assert list(ax.get_xticks()) == [1, 2, 3]
    plt.close(fig)


def test_single_stimulus():
    fig, ax, medians = reaction_time_boxes({"smell": [500, 520]})
    assert medians == [510.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["SMELL"]
    fig.savefig("reaction.png")
    plt.close(fig)
