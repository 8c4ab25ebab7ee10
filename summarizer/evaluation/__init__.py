"""Measuring briefs against human-annotated news: `summarizer eval DATASET.jsonl`.

The datasets are read where they lie (their texts are copyrighted and never copied); each
dataset kind has a scorer that turns one article's brief and gold into counts, and counts are
summed over the dataset before dividing (micro-averages), so long articles weigh what they hold.

    datasets  reading the JSONL files and telling which dataset a file is
    matching  when a predicted quote or name counts as the gold one
    scorers   the counts each dataset kind yields for one brief
    runner    producing (or fetching cached) briefs and summing the counts
    report    the table, the JSON figures and the comparison with an earlier run
"""
