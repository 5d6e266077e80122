"""Writes a synthetic MIIT-style list of ROWS firms (序号, 企业名称, 所在地区) to PATH, for the
benchmarks; the importer marks what it loads from it synthetic (--synthetic).
    python3 bench/synthetic-list.py ROWS PATH [NAME_STEM]"""
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
stem = sys.argv[3] if len(sys.argv) > 3 else '基准测试企业'
provinces = ['浙江省', '江苏省', '广东省', '山东省', '湖北省']
with open(path, 'w', encoding='utf-8') as f:
    f.write('序号,企业名称,所在地区\n')
    for i in range(1, rows + 1):
        f.write(f'{i},{stem}{i}有限公司,{provinces[i % 5]}\n')
