#!/usr/bin/env python3
"""Rebuilds the shipped dataset into a temporary folder and compares it with import/.

Usage: python3 import/derive/test_derive.py [--data PATH/TO/shared/data]

Fails when derive.py no longer reproduces the committed files byte for byte: either the
derivation changed and import/ was not rebuilt (run derive.py), or it is not deterministic.
"""
import filecmp
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import derive  # noqa: E402

SHIPPED = os.path.dirname(HERE)
DATA = derive.DEFAULT_DATA


class RebuildTest(unittest.TestCase):

    def test_rebuild_reproduces_the_shipped_files(self):
        with tempfile.TemporaryDirectory() as out:
            derive.main(['--data', DATA, '--out', out])
            built = sorted(f for f in os.listdir(out))
            shipped = sorted(f for f in os.listdir(SHIPPED) if f.endswith('.csv') or f == 'MATCHING.md')
            self.assertEqual(shipped, built, 'files written vs files shipped')
            _, mismatch, errors = filecmp.cmpfiles(out, SHIPPED, built, shallow=False)
            self.assertEqual([], mismatch + errors, 'rebuilt files that differ from import/: run derive.py')


if __name__ == '__main__':
    if len(sys.argv) > 2 and sys.argv[1] == '--data':
        DATA = sys.argv[2]
        del sys.argv[1:3]
    unittest.main()
