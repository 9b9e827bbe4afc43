#!/usr/bin/env python3
"""Checks the blind11 gold: bench/check_blind_gold.py on this folder, bodies of 1500-2400 characters.
Usage: python3 bench/blind11/check_gold.py [--stats]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import check_blind_gold  # noqa: E402

if __name__ == "__main__":
    sys.exit(check_blind_gold.main(HERE, (1500, 2400)))
