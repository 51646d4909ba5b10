#!/usr/bin/env python3
"""Percent Yes per yes/no item of a benchmark workbook, the pandas way: the baseline `npm run bench` times.

Reads the XLSForm's `survey` sheet for the select_one yes_no items, then the `Responses` sheet, and
prints one line per item: name, percent yes among those who answered, number answered.
A blank is "not answered", never "No", as in wco-survey.

    python3 bench/pandas-percent.py responses.xlsx
"""
import sys

import pandas as pd


def main(path: str) -> None:
    survey = pd.read_excel(path, sheet_name="survey", engine="openpyxl")
    items = survey.loc[survey["type"] == "select_one yes_no", "name"].tolist()
    responses = pd.read_excel(path, sheet_name="Responses", engine="openpyxl")
    answered = responses[items].notna().sum()
    yes = (responses[items] == "yes").sum()
    percent = (100 * yes / answered).round(1)
    table = pd.DataFrame({"percent_yes": percent, "answered": answered})
    table.to_csv(sys.stdout, index_label="item")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 pandas-percent.py WORKBOOK.xlsx")
    main(sys.argv[1])
