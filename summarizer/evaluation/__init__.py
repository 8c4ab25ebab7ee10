"""Measuring briefs against human-annotated news: `summarizer eval DATASET.jsonl`.

The datasets are read where they lie (their texts are copyrighted and never copied); each
dataset kind has a scorer that turns one article's brief and gold into counts, and counts are
summed over the dataset before dividing (micro-averages), so long articles weigh what they hold.

    datasets      reading the JSONL files and telling which dataset a file is
    matching      when a predicted quote or name counts as the gold one
    scorers       the counts each dataset kind yields for one article (and its brief)
    tally         the counts and paired observations, summed over a dataset
    replay        model output of known quality (recorded answers, claims, system summaries)
                  put through the real validation and grounding, with no model called
    faithfulness  what the checks keep of that output
    rouge         ROUGE of the brief's summary and of the lead-3 baseline
    statistics    Spearman's rank correlation and ROC AUC
    runner        producing (or fetching cached, or replaying) briefs and summing the counts
    report        the table, the JSON figures and the comparison with an earlier run
"""
