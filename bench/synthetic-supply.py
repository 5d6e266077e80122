"""Writes synthetic SUPPLIES relations among the first FIRMS firms of a synthetic list
(bench/synthetic-list.py, same NAME_STEM) to PATH, for the benchmarks: a layered supply
chain under Volkswagen AG: 50 direct suppliers, each layer three times the one above (50, 150,
450, ...; 20,000 firms make seven layers), every firm supplying one to three firms of the layer
above, skewed so a few customers have thousands of suppliers. Deterministic (seed 7).
    python3 bench/synthetic-supply.py FIRMS PATH [NAME_STEM]"""
import random
import sys

firms, path = int(sys.argv[1]), sys.argv[2]
stem = sys.argv[3] if len(sys.argv) > 3 else '基准测试企业'
rng = random.Random(7)
layers, start, size = [], 1, 50
while start <= firms:
    layers.append(range(start, min(start + size, firms + 1)))
    start, size = start + size, size * 3
with open(path, 'w', encoding='utf-8') as f:
    f.write('from,relation,to,product,hs_code,since,until,amount,currency\n')
    for i in layers[0]:
        f.write(f'{stem}{i}有限公司,supplies,Volkswagen AG,,,2020,,,\n')
    for above, layer in zip(layers, layers[1:]):
        for i in layer:
            customers = {above[min(int(rng.paretovariate(1.2)) - 1, len(above) - 1)] if rng.random() < 0.5
                         else rng.choice(above) for _ in range(rng.randint(1, 3))}
            for c in sorted(customers):
                f.write(f'{stem}{i}有限公司,supplies,{stem}{c}有限公司,,,2020,,,\n')
