"""Spearman's rank correlation and ROC AUC against values worked out by hand, ties included."""

from __future__ import annotations

import pytest

from summarizer.evaluation.statistics import average_ranks, pearson, roc_auc, spearman


def test_tied_values_share_the_mean_of_their_ranks():
    assert average_ranks([0.5, 0.1, 0.5, 0.9, 0.5]) == [3.0, 1.0, 3.0, 5.0, 3.0]
    assert average_ranks([]) == []


def test_spearman_without_ties_is_one_minus_six_d_squared():
    # ranks differ by d = 0, 1, 1, 0: 1 - 6 * 2 / (4 * (16 - 1)) = 0.8
    assert spearman([(10, 1), (20, 3), (30, 2), (40, 4)]) == pytest.approx(0.8)
    assert spearman([(1, 4), (2, 3), (3, 2), (4, 1)]) == pytest.approx(-1.0)


def test_spearman_with_ties_on_both_sides():
    # ranks x = 1.5 1.5 3 4, y = 1 2 3.5 3.5 (both means 2.5); deviations -1 -1 .5 1.5 and
    # -1.5 -.5 1 1: covariance sum 4, squared sums 4.5 and 4.5, so rho = 4 / 4.5.
    assert spearman([(1, 1), (1, 2), (2, 3), (3, 3)]) == pytest.approx(8 / 9)


def test_spearman_is_undefined_when_one_side_never_changes():
    assert spearman([(1.0, 0.2), (1.0, 0.9), (1.0, 0.5)]) is None
    assert spearman([(0.3, 1.0)]) is None
    assert pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)


def test_roc_auc_counts_a_tie_as_half():
    # positives 0.9, 0.5, 0.5 against negatives 0.5, 0.1: wins 1 + 1 + (.5 + 1) + (.5 + 1) = 5 of 6 pairs
    pairs = [(0.9, 1), (0.5, 1), (0.5, 1), (0.5, 0), (0.1, 0)]
    assert roc_auc(pairs) == pytest.approx(5 / 6)


def test_roc_auc_extremes_and_undefined_cases():
    assert roc_auc([(1.0, 1), (0.0, 0)]) == 1.0
    assert roc_auc([(0.0, 1), (1.0, 0)]) == 0.0
    assert roc_auc([(0.7, 1), (0.7, 0)]) == 0.5  # a score that never differs tells nothing
    assert roc_auc([(0.7, 1), (0.2, 1)]) is None  # no negative case
