#!/usr/bin/env python3
"""Derives the shipped dataset under import/ from the public source files.

Usage: python3 import/derive/derive.py [--data PATH/TO/shared/data] [--out DIR]

Reads the source tables (see import/README.md for each one's origin), resolves firms to one
node each (exact normalised names only; near misses are reported in import/MATCHING.md, never
merged), attaches every fact to its Source ids and a confidence, and writes the CSV files that
the application loads. Deterministic: the same input gives byte-identical output.
"""
import argparse
import csv
import hashlib
import os
import re
import unicodedata
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# Defaults are relative to this script, not to the working directory: the source tables sit in
# shared/data beside the project, and the shipped dataset is the script's parent folder.
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'data'))
DEFAULT_OUT = os.path.dirname(HERE)
DATA = DEFAULT_DATA
OUT = DEFAULT_OUT

EU27 = set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split())
PROVINCES_EN = {
    '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia',
    '21': 'Liaoning', '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu',
    '33': 'Zhejiang', '34': 'Anhui', '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong',
    '41': 'Henan', '42': 'Hubei', '43': 'Hunan', '44': 'Guangdong', '45': 'Guangxi',
    '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou', '53': 'Yunnan',
    '54': 'Tibet', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia', '65': 'Xinjiang'}
# Cities the curated tables name in English, and the four municipalities (provincial level).
CITY_ZH = {'Shenzhen': '深圳市', 'Wuhan': '武汉市', 'Guiyang': '贵阳市', 'Suzhou': '苏州市', 'Ningde': '宁德市',
           'Changzhou': '常州市', 'Wuhu': '芜湖市', 'Hefei': '合肥市', 'Ningbo': '宁波市', 'Guangzhou': '广州市'}
MUNICIPALITIES = {'11', '12', '31', '50'}
BSE_OPENED = '2021-11-15'
LG_BATCH_YEAR = {1: 2019, 2: 2020, 3: 2021, 4: 2022, 5: 2023, 6: 2024, 7: 2025}
CHAMPION_BATCH_YEAR = {1: 2016, 2: 2017, 3: 2018, 4: 2019, 5: 2020, 6: 2021, 7: 2022, 8: 2023}
CN_NUM = {'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
MERICS_URL = 'https://new.merics.org/en/report/accelerator-state-how-china-fosters-little-giant-companies'


def read(path):
    with open(os.path.join(DATA, path), encoding='utf-8-sig', newline='') as f:
        return list(csv.DictReader(f))


def h(text, n=10):
    return hashlib.sha1(text.encode('utf-8')).hexdigest()[:n]


def norm_name(name):
    """A Chinese name as stored and shown: NFKC (full-width to half-width), no whitespace, ASCII
    brackets. Matching never compares these: it compares name keys (legal_key, english_key)."""
    s = unicodedata.normalize('NFKC', name or '')
    s = re.sub(r'\s+', '', s).replace('（', '(').replace('）', ')')
    return s


LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '集团', '公司']


def core_name(name):
    """The legal key without its legal form, for near-miss reports."""
    s = legal_key(name)
    for form in LEGAL_FORMS:
        if s.endswith(form):
            s = s[: -len(form)]
    return s


# Name keys: the lookup keys the importer resolves names with (see NameKeys.java, which must
# compute the same strings). Legal-form spellings that mean the same form are unified; different
# forms (有限公司 and 股份有限公司) stay apart.
LEGAL_SPELLINGS = [('有限责任公司', '有限公司')]
EN_WORDS = {'limited': 'ltd', 'company': 'co', 'corporation': 'corp', 'incorporated': 'inc'}


def legal_key(name):
    s = unicodedata.normalize('NFKC', name or '')
    s = re.sub(r'\s+', '', s).lower()
    for a, b in LEGAL_SPELLINGS:
        s = s.replace(a, b)
    return s.replace('|', '').replace(';', '')


def english_key(name):
    s = unicodedata.normalize('NFKC', name or '').lower()
    words = re.sub(r'[^0-9a-z\u3400-\u9fff]+', ' ', s).split()
    return ' '.join(EN_WORDS.get(w, w) for w in words)


def has_cjk(text):
    return re.search(r'[\u3400-\u9fff]', text or '') is not None


def name_keys(o):
    keys = []
    if o['nameZh']:
        keys.append('LEGAL|' + legal_key(o['nameZh']))
    if o['shortNameZh']:
        keys.append('SHORT|' + legal_key(o['shortNameZh']))
    for n in [o['nameEn'], o['name'] if not has_cjk(o['name']) else '']:
        if n and english_key(n):
            keys.append('EN|' + english_key(n))
    for a in o['aliases']:
        k = legal_key(a) if has_cjk(a) else english_key(a)
        if k:
            keys.append('ALIAS|' + k)
    return list(OrderedDict.fromkeys(keys))


def confidence_of(*texts):
    joined = ' '.join(t or '' for t in texts)
    if 'UNVERIFIED' in joined:
        return 'UNVERIFIED'
    if 'LOW-AUTHORITY' in joined:
        return 'LOW_AUTHORITY'
    return 'REPORTED'


CONF_RANK = {'REPORTED': 0, 'UNVERIFIED': 1, 'LOW_AUTHORITY': 2, 'INFERRED': 3, 'SYNTHETIC': 4}


def best_conf(a, b):
    return a if CONF_RANK[a] <= CONF_RANK[b] else b



DATE = re.compile(r'^(\d{4})(-\d{2}){0,2}$')


def publisher_and_date(title):
    """Publisher and date from a title's closing brackets, as the curated tables write them:
    "Title (Publisher, 2023-03-23)", "Title (2019-07, aijingu.com)", "Title (2023-03)"."""
    m = re.search(r'\(([^()]*)\)\s*$', title)
    if not m:
        return '', ''
    parts = [p.strip() for p in m.group(1).split(',') if p.strip()]
    dates = [p for p in parts if DATE.match(p)]
    others = [p for p in parts if not DATE.match(p) and not re.match(r'^(undated|\d{4}[-/]\d{2}/\d{4}.*)$', p)]
    if not dates and not others:
        return '', ''
    if not dates and len(others) > 1:
        return '', ''  # a bracket that is not a (publisher, date) note
    return ', '.join(others), dates[0] if dates else ''


def host_of(url):
    m = re.match(r'^https?://(?:www\.)?([^/]+)', url or '')
    return m.group(1) if m else ''


def derive():
    """Reads every source table under DATA and writes the shipped dataset into OUT."""
    # ---------------------------------------------------------------- sources
    sources = OrderedDict()

    by_url = {}   # address without its scheme -> source id: http and https name one page

    def source(url, title, publisher='', date='', trust='C', note='', licence='', max_confidence='REPORTED'):
        url = (url or '').strip()
        if url and not url.startswith('http'):
            url = 'http://' + url
        key = url.split('://', 1)[-1].rstrip('/')
        if url and key in by_url:
            sid = by_url[key]
            if url.startswith('https://'):
                sources[sid]['url'] = url
            return sid
        sid = 'src-' + h(url or title)
        if sid not in sources:
            title = title.strip()
            parsed_publisher, parsed_date = publisher_and_date(title)
            sources[sid] = dict(id=sid, title=title, url=url, publisher=publisher or parsed_publisher or host_of(url),
                                date=date or parsed_date, retrieved='', language='zh' if has_cjk(title) else 'en',
                                licence=licence, trust=trust, maxConfidence=max_confidence, synthetic='false', note=note)
            if url:
                by_url[key] = sid
        return sid

    def sources_of(titles, urls, trust='C'):
        ts = [t.strip() for t in (titles or '').split(' | ')]
        us = [u.strip() for u in (urls or '').split(' | ')]
        ids = []
        for i, u in enumerate(us):
            t = ts[i] if i < len(ts) else ts[-1]
            if u or t:
                ids.append(source(u, t or u, trust=trust))
        return ids

    SRC_HS = source('https://github.com/datasets/harmonized-system/blob/905e5a0fa29f5700d62cb3cc1265f21bc8a92329/data/harmonized-system.csv',
                    'Harmonized System 2022 nomenclature (datasets/harmonized-system, from UN Comtrade / WCO)', 'UN Comtrade', '2022', 'A', licence='ODC-PDDL-1.0')
    SRC_COUNTRY = source('https://github.com/datasets/country-codes/blob/caa72d1e0e5af8876c170bb36a9e4d64a01bba88/data/country-codes.csv',
                         'Country codes (datasets/country-codes: ISO 3166, UNTERM names)', 'datasets/country-codes', '', 'A', licence='ODC-PDDL-1.0')
    SRC_ADMIN = source('https://github.com/modood/Administrative-divisions-of-China/tree/57a0aa9cef47169a2eb74cf057b0245052a34e8c/dist',
                       'Administrative divisions of China (National Bureau of Statistics 2023 division codes)', 'National Bureau of Statistics', '2023-06-30', 'A', licence='WTFPL')
    SRC_ASHARE = source('https://github.com/yhhe2004/QuantSandbox/blob/6ad84406dfc76b467eb691bcb41007b305e350a8/data/stock_basic.csv',
                        'A-share stock_basic snapshot (Tushare output, file dated 2026-02) in GitHub yhhe2004/QuantSandbox data/stock_basic.csv', 'Tushare', '2026-02', 'B', licence='MIT (the repository)')
    SRC_MIC = source('http://www.gov.cn/zhengce/content/2015-05/19/content_9784.htm',
                     'Made in China 2025 (State Council 国发〔2015〕28号) and its 2015 Technology Roadmap, via public reposts (build.cn, china.com.cn); English names are our translations',
                     'State Council of the PRC', '2015-05-08', 'C')
    SRC_ASPI = source('https://techtracker.aspi.org.au', "ASPI Critical Technology Tracker (64 technologies 2023-24; 74 after the December 2025 update)",
                      'Australian Strategic Policy Institute', '2024', 'C')
    SRC_MERICS = source(MERICS_URL, 'Accelerator state: How China fosters "Little Giant" companies (MERICS report, 2023)', 'MERICS', '2023', 'C',
                        note='Only the key findings, as reposted publicly, could be read (see shared data merics-summary.txt); '
                             'a fact resting on this source alone is UNVERIFIED.', max_confidence='UNVERIFIED')
    SRC_ZJ = source('https://jxt.zj.gov.cn/art/2023/7/14/art_1582900_25599.html',
                    'Zhejiang Department of Economy and Information Technology: publicity of the 2023 review of batch-2 national Little Giants (Zhejiang excluding Ningbo)',
                    'Zhejiang Department of Economy and Information Technology', '2023-07-14', 'C')
    SRC_NB = source('https://jxj.ningbo.gov.cn/art/2022/8/8/',
                    'Ningbo Bureau of Economy and Information Technology: 2022 review of batch-1 national Little Giants (page address truncated in the transcription)',
                    'Ningbo Bureau of Economy and Information Technology', '2022-08-08', 'C')
    SRC_PROJECT = source('', 'Little Giants KB project classification (sector and technology assignments made by the maintainers from the sourced product descriptions)',
                         'this project', '2026', 'C', max_confidence='INFERRED')

    # ---------------------------------------------------------------- HS codes
    sections = {r['section']: r['name'] for r in read('harmonized-system/sections.csv')}
    hs_rows = []
    for r in read('harmonized-system/harmonized-system.csv'):
        if r['hscode'] == 'TOTAL' or not r['hscode']:
            continue
        hs_rows.append(dict(code=r['hscode'], level=r['level'], description=r['description'],
                            section=r['section'], sectionName=sections.get(r['section'], ''),
                            parent='' if r['parent'] == 'TOTAL' else r['parent'], sourceIds=SRC_HS))
    HS = {r['code'] for r in hs_rows}

    # ---------------------------------------------------------------- countries and regions
    countries = []
    for r in read('country-codes/country-codes.csv'):
        a2 = r['ISO3166-1-Alpha-2']
        if not a2 or a2.strip() == '':
            continue
        countries.append(dict(code=a2, alpha3=r['ISO3166-1-Alpha-3'],
                              name=r['UNTERM English Short'] or r['official_name_en'] or r['CLDR display name'],
                              nameZh=r['UNTERM Chinese Short'] or r['official_name_cn'],
                              region=r['Region Name'], subRegion=r['Sub-region Name'],
                              eu='true' if a2 in EU27 else 'false', sourceIds=SRC_COUNTRY))
    COUNTRIES = {c['code'] for c in countries}

    regions = []
    province_by_short = {}
    for r in read('china-admin-divisions/provinces.csv'):
        short = re.sub(r'(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$', '', r['name'])
        province_by_short[short] = r['code']
        province_by_short[r['name']] = r['code']
        regions.append(dict(code=r['code'], name=r['name'], nameEn=PROVINCES_EN[r['code']], shortName=short,
                            level='PROVINCE', parent='', sourceIds=SRC_ADMIN))
    PROVINCE_NAME = {r['code']: r['name'] for r in regions}
    city_by_name = {}
    for r in read('china-admin-divisions/cities.csv'):
        if r['name'] in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'):
            continue
        city_by_name.setdefault(r['name'], r)
        regions.append(dict(code=r['code'], name=r['name'], nameEn='', shortName=re.sub(r'市$', '', r['name']),
                            level='CITY', parent=r['provinceCode'], sourceIds=SRC_ADMIN))
    province_by_en = {v.lower(): k for k, v in PROVINCES_EN.items()}
    province_by_short['内蒙'] = '15'

    def locate(province_text, city_text=''):
        """Returns (provinceCode, city) from Chinese or English place names; unknown parts stay empty."""
        p = (province_text or '').strip()
        code = province_by_short.get(p) or province_by_en.get(p.lower(), '')
        city = (city_text or '').strip()
        if not code and p in ('深圳',):
            code, city = '44', city or '深圳市'
        if not code and city in city_by_name:
            code = city_by_name[city]['provinceCode']
        return code, city

    cities_by_province = defaultdict(set)
    for c in city_by_name.values():
        cities_by_province[c['provinceCode']].add(c['name'])

    def place(text, province_code):
        """Splits a transcribed place into (city, district): "温州市 (乐清市)", "Suzhou (Wuzhong district)",
        "铜梁区" (a district of Chongqing). A city that is not a city of the firm's province is left empty."""
        text = (text or '').strip()
        m = re.match(r'^([^()]*?)\s*\((.*)\)\s*$', text)
        city, district = (m.group(1).strip(), m.group(2).strip()) if m else (text, '')
        city = CITY_ZH.get(city, city)
        if province_code in MUNICIPALITIES:
            if city and city != PROVINCE_NAME[province_code]:
                district = city if not district else city + ' ' + district
            return PROVINCE_NAME[province_code], district
        if city and city not in cities_by_province.get(province_code, set()) and city not in city_by_name:
            return '', (city + ' ' + district).strip()
        return city, district

    # ---------------------------------------------------------------- sectors, technologies, tiers
    sectors = OrderedDict()
    for r in read('policy-taxonomies/made_in_china_2025_priority_sectors.csv'):
        sid = 'mic-%02d' % int(r['sector_no'])
        sectors.setdefault(sid, dict(id=sid, kind='SECTOR', code=r['sector_no'], name=r['sector_en'], nameZh=r['sector_zh'],
                                     parent='', confidence='REPORTED', sourceIds=SRC_MIC))
        did = 'mic-%02d.%s' % (int(r['sector_no']), r['direction_id'].split('.')[1])
        inferred = r['sector_no'] == '10'
        sectors[did] = dict(id=did, kind='DIRECTION', code=r['direction_id'], name=r['direction_en'], nameZh=r['direction_zh'],
                            parent=sid, confidence='INFERRED' if inferred else 'REPORTED', sourceIds=SRC_MIC)
    SECTOR_BY_CODE = {s['code']: s['id'] for s in sectors.values()}

    def slug(text):
        return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')


    technologies = []
    TECH_BY_NAME = {}
    for r in read('policy-taxonomies/aspi_critical_technologies.csv'):
        lead = r['lead_country_2019_2023'].strip()
        lead_conf = 'INFERRED' if 'inferred' in lead else ('REPORTED' if lead else '')
        tid = 'tech-' + slug(r['technology'])
        TECH_BY_NAME[r['technology']] = tid
        technologies.append(dict(id=tid, seq=r['seq_64'], name=r['technology'], domainId=r['domain_id'], domain=r['domain_name'],
                                 set=r['set'], leadCountry=lead.split(' ')[0] if lead else '', leadConfidence=lead_conf,
                                 leadNote=r['lead_note'], sourceIds=SRC_ASPI))

    # ---------------------------------------------------------------- organizations
    orgs = OrderedDict()
    by_norm = {}       # legal key of the Chinese legal name -> org id
    by_short = {}      # legal key of the Chinese short name -> org id (A-share short names are unique)
    by_en = {}         # English key -> org id
    matching = []      # (where, name, decision)

    def add_org(o):
        orgs[o['id']] = o
        if o.get('nameZh'):
            by_norm.setdefault(legal_key(o['nameZh']), o['id'])
        if o.get('nameEn'):
            by_en.setdefault(english_key(o['nameEn']), o['id'])
        return o

    def org(id, kind, name, nameZh='', nameEn='', country='', provinceCode='', city='', sourceIds=(), confidence='REPORTED', **extra):
        o = dict(id=id, kind=kind, name=name, nameZh=nameZh, shortNameZh='', nameEn=nameEn, aliases=[], country=country,
                 provinceCode=provinceCode, province=PROVINCE_NAME.get(provinceCode, ''), provinceEn=PROVINCES_EN.get(provinceCode, ''),
                 city=city, founded='', ownership='', size='', uscc='', industry='', controller='', mainProducts='',
                 chinaRevenueValue='', chinaRevenueCurrency='', chinaRevenueFiscalYear='', chinaRevenueSharePct='', chinaRevenueScope='',
                 notes='', confidence=confidence, sourceIds=list(sourceIds))
        o.update(extra)
        return o

    def add_sources(o, ids):
        for s in ids:
            if s not in o['sourceIds']:
                o['sourceIds'].append(s)

    EXCHANGES = {
        'exch-sse': ('Shanghai Stock Exchange', '上海证券交易所', 'CN', '31'),
        'exch-szse': ('Shenzhen Stock Exchange', '深圳证券交易所', 'CN', '44'),
        'exch-bse': ('Beijing Stock Exchange', '北京证券交易所', 'CN', '11'),
        'exch-hkex': ('Hong Kong Stock Exchange', '香港交易所', 'HK', ''),
        'exch-nyse': ('New York Stock Exchange', '纽约证券交易所', 'US', ''),
        'exch-neeq': ('National Equities Exchange and Quotations (NEEQ)', '全国中小企业股份转让系统', 'CN', '11'),
    }
    for eid, (n, nz, c, p) in EXCHANGES.items():
        add_org(org(eid, 'EXCHANGE', n, nameZh=nz, nameEn=n, country=c, provinceCode=p, sourceIds=[SRC_ASHARE] if c == 'CN' else []))
    orgs['exch-hkex']['sourceIds'] = []
    orgs['exch-nyse']['sourceIds'] = []

    add_org(org('auth-miit', 'AUTHORITY', 'Ministry of Industry and Information Technology (MIIT)', nameZh='工业和信息化部',
                nameEn='Ministry of Industry and Information Technology', country='CN', provinceCode='11',
                # MIIT's batch-1 notice (repost) names the ministry; MERICS never does.
                sourceIds=[source('http://kjzch.com/cn/gongxin/2019-06-13/138381.html',
                                  '工业和信息化部关于公布第一批专精特新“小巨人”企业名单的通告 (repost on kjzch.com, 2019-06-13)')]))
    orgs['auth-miit']['aliases'] = ['MIIT', '工信部']

    def provincial_authority(code):
        aid = 'auth-prov-' + code
        if aid not in orgs:
            add_org(org(aid, 'AUTHORITY', '%s Department of Industry and Information Technology' % PROVINCES_EN[code],
                        nameZh='%s工业和信息化厅' % PROVINCE_NAME[code], country='CN', provinceCode=code,
                        notes='Provincial department that designates provincial-level tiers (its exact title varies by province).',
                        confidence='INFERRED', sourceIds=[SRC_PROJECT]))
        return aid

    # A-share listings: one firm and one LISTED_ON per row.
    # 企业性质 of the A-share data: controller type. 自然人 (a natural person) is private control;
    # 大学 (a university) is public-sector control.
    OWNERSHIP = {'民营企业': 'PRIVATE', '自然人': 'PRIVATE', '地方国有企业': 'STATE', '中央企业': 'STATE', '外资': 'FOREIGN',
                 '集体企业': 'COLLECTIVE', '大学': 'STATE', '企业': 'OTHER', '其他': 'OTHER'}
    BOARDS = {'主板': 'MAIN', '创业板': 'CHINEXT', '科创板': 'STAR', '北交所': 'BSE'}
    EXCH_CODE = {'SSE': 'exch-sse', 'SZSE': 'exch-szse', 'BSE': 'exch-bse'}
    listings = []
    for r in read('a-share-listings/a_share_stock_basic_2026-02.csv'):
        code = r['股票代码'].split('.')[0]
        pcode, city = locate(r['地区'])
        fid = 'cn-ashare-' + code
        o = org(fid, 'FIRM', r['英文名称'] or r['公司全称'], nameZh=r['公司全称'], nameEn=r['英文名称'], country='CN',
                provinceCode=pcode, city=city, sourceIds=[SRC_ASHARE], industry=r['行业'], controller=r['实控人名称'],
                ownership=OWNERSHIP.get(r['企业性质'], ''))
        o['shortNameZh'] = r['股票名称']
        o['aliases'] = [a for a in [r['拼音缩写']] if a]
        add_org(o)
        by_short.setdefault(legal_key(r['股票名称']), fid)
        date = r['上市日期'][:10]
        listing = dict(id='listed-%s-%s' % (fid, EXCH_CODE[r['交易所代码']]), type='LISTED_ON', fromId=fid,
                       toId=EXCH_CODE[r['交易所代码']], board=BOARDS.get(r['市场类型'], r['市场类型']), ticker=r['股票代码'],
                       date=date, currency=r['交易货币'], confidence='REPORTED', sourceIds=[SRC_ASHARE])
        if listing['board'] == 'BSE' and date < BSE_OPENED:
            # A "listing date" before the exchange existed is the firm's NEEQ Select date: the
            # Select tier moved to the new exchange on its first day. Both facts are our reading of
            # the snapshot, so INFERRED.
            listings.append(dict(listing, id='listed-%s-exch-neeq' % fid, toId='exch-neeq', board='NEEQ_SELECT', ticker='',
                                 confidence='INFERRED', notes='The snapshot gives this date as the listing date; it precedes the '
                                 'Beijing Stock Exchange (opened %s), so it is the NEEQ Select date.' % BSE_OPENED))
            listing.update(date=BSE_OPENED, confidence='INFERRED',
                           notes='Transferred from NEEQ Select when the exchange opened; the snapshot gives %s.' % date)
        listings.append(listing)

    # Curated firms: the A-share row of a listed curated firm becomes the curated node (curated id kept).
    KINDS = {'firm': 'FIRM', 'joint_venture': 'FIRM', 'research_institute': 'RESEARCH_INSTITUTE', 'hospital': 'HOSPITAL', 'exchange': 'EXCHANGE'}
    rename = {}
    curated = read('curated/firms.csv')

    def curated_source(firm_id, title_part):
        """The one source of a curated firm row whose title contains title_part."""
        row = next(c for c in curated if c['id'] == firm_id)
        titles = [t.strip() for t in row['source_title'].split(' | ')]
        urls = [u.strip() for u in row['source_url'].split(' | ')]
        i = next(i for i, t in enumerate(titles) if title_part in t)
        return source(urls[i], titles[i])

    for r in curated:
        if r['entity_type'] == 'exchange':
            rename[r['id']] = {'exch-sse-star': 'exch-sse'}.get(r['id'], r['id'])
            target = orgs[rename[r['id']]]
            add_sources(target, sources_of(r['source_title'], r['source_url']))
            continue
        m = re.match(r'^(.*?)\s+\(([^()]*)\)\s*$', r['name_zh'])
        legal, short = (m.group(1), m.group(2)) if m else (r['name_zh'], '')
        pc_parts = [p.strip() for p in re.split(r'/(?![^()]*\))', r['province_city'])]  # no split inside brackets
        pcode, _ = locate(pc_parts[0].split('(')[0].strip()) if r['country'] == 'CN' else ('', '')
        city = pc_parts[1] if len(pc_parts) > 1 else ''
        srcs = sources_of(r['source_title'], r['source_url'])
        match = by_norm.get(legal_key(legal)) if legal else None
        if not match and short:
            match = by_short.get(legal_key(short))
        if not match and r['ticker'] and r['country'] == 'CN':
            t = r['ticker'].split(' ')[0]
            match = 'cn-ashare-' + t if 'cn-ashare-' + t in orgs else None
        o = org(r['id'], KINDS[r['entity_type']], r['name_en'], nameZh=legal, nameEn=r['name_en'], country=r['country'],
                provinceCode=pcode, city=city, sourceIds=srcs, confidence=confidence_of(r['notes'], r['certification']))
        o['founded'] = r['founded']
        o['mainProducts'] = r['main_products']
        o['notes'] = r['notes']
        o['controllerNote'] = r['ownership']
        if match:
            a = orgs.pop(match)
            matching.append(('curated/firms.csv', r['name_en'], 'merged with A-share listing %s (%s)' % (a['shortNameZh'], a['id'])))
            for k in ('shortNameZh', 'industry', 'controller', 'ownership'):
                o[k] = a[k]
            o['aliases'] = a['aliases']
            o['provinceCode'] = o['provinceCode'] or a['provinceCode']
            o['province'] = PROVINCE_NAME.get(o['provinceCode'], '')
            o['provinceEn'] = PROVINCES_EN.get(o['provinceCode'], '')
            add_sources(o, a['sourceIds'])
            rename[match] = r['id']
            for l in listings:
                if l['fromId'] == match:
                    l['fromId'] = r['id']
                    l['id'] = 'listed-%s-%s' % (r['id'], l['toId'])
        elif r['country'] == 'CN' and r['entity_type'] == 'firm':
            matching.append(('curated/firms.csv', r['name_en'], 'no A-share listing with this legal or short name; kept as its own node'))
        # A former NEEQ code ("830809 (now 920809)") stays findable: search and the importer's
        # resolver read aliases.
        for old_code in re.findall(r'(\d{6}) \(now \d{6}\)', r['ticker']):
            o['aliases'] = o['aliases'] + [old_code]
        if short and not o['shortNameZh']:
            o['shortNameZh'] = short
        o.pop('controllerNote')
        o['ownershipNote'] = r['ownership']
        add_org(o)
        if short:
            by_short.setdefault(legal_key(short), r['id'])
    for o in orgs.values():
        o.setdefault('ownershipNote', '')

    def resolve(name_zh, name_en='', where=''):
        """Exact resolution only: normalised legal name, then short name, then English name."""
        if name_zh:
            n = legal_key(name_zh)
            if n in by_norm:
                return by_norm[n]
            if n in by_short:
                return by_short[n]
        if name_en and english_key(name_en) in by_en:
            return by_en[english_key(name_en)]
        return None


    core_index = defaultdict(set)
    for o in orgs.values():
        if o['nameZh'] and o['country'] == 'CN':
            core_index[core_name(o['nameZh'])].add(o['id'])

    def firm_for_list_row(name, province_text, city_text, srcs, where):
        fid = resolve(name)
        if fid:
            o = orgs[fid]
            add_sources(o, srcs)
            if not o['provinceCode']:
                pcode, city = locate(province_text, city_text)
                o.update(provinceCode=pcode, province=PROVINCE_NAME.get(pcode, ''), provinceEn=PROVINCES_EN.get(pcode, ''), city=o['city'] or city)
            if fid.startswith('cn-n-'):
                return fid
            matching.append((where, name, 'matched exactly to %s (%s)' % (o['name'], fid)))
            return fid
        near = sorted(core_index.get(core_name(name), set()))
        fid = 'cn-n-' + h(norm_name(name))
        if near:
            matching.append((where, name, 'NOT merged: same name without legal form as %s; new node %s' %
                             (', '.join('%s (%s)' % (orgs[i]['nameZh'], i) for i in near), fid)))
        else:
            matching.append((where, name, 'no listed or curated firm has this name; new node %s' % fid))
        pcode, city = locate(province_text, city_text)
        add_org(org(fid, 'FIRM', norm_name(name), nameZh=norm_name(name), country='CN', provinceCode=pcode, city=city, sourceIds=srcs))
        core_index[core_name(name)].add(fid)
        return fid

    # ---------------------------------------------------------------- certifications
    certs = OrderedDict()

    def batch_no(text):
        m = re.search(r'(\d{4}年)?第([一二三四五六七八九])批', text or '')
        if not m or m.group(1) or '或' in text:
            return None  # "2024年第一批" is the year's first list, not a programme batch
        return CN_NUM[m.group(2)]

    def add_cert(firm_id, tier, level, batch, award_year, awarded, precision, stage, event, review_year, authority,
                 category, product, confidence, srcs):
        key = (firm_id, tier, level, batch or award_year or '', category, product)
        cid = 'cert-' + h('|'.join(str(k) for k in key), 12)
        if cid in certs:
            c = certs[cid]
            c['sourceIds'] = list(OrderedDict.fromkeys(c['sourceIds'] + srcs))
            if review_year and (not c['reviewYear'] or int(review_year) > int(c['reviewYear'])):
                c['reviewYear'] = str(review_year)
                c['stage'] = stage
                c['event'] = event
            c['confidence'] = best_conf(c['confidence'], confidence)
        else:
            certs[cid] = c = dict(id=cid, firmId=firm_id, tier=tier, level=level, batch=str(batch or ''),
                                  awardYear=str(award_year or ''), awarded=awarded or '', awardedPrecision=precision,
                                  stage=stage, event=event, reviewYear=str(review_year or ''), authorityId=authority,
                                  category=category, product=product, confidence=confidence, sourceIds=list(srcs))
        base = c['awarded'] or ''
        if c['reviewYear']:
            c['validUntil'] = '%s-12-31' % (int(c['reviewYear']) + 3)
            c['validUntilPrecision'] = 'YEAR'
        elif base and precision == 'DAY':
            y, m, d = base.split('-')
            c['validUntil'] = '%d-%s-%s' % (int(y) + 3, m, d)
            c['validUntilPrecision'] = 'DAY'
        elif c['awardYear']:
            c['validUntil'] = '%s-12-31' % (int(c['awardYear']) + 3)
            c['validUntilPrecision'] = 'YEAR'
        else:
            c['validUntil'] = ''
            c['validUntilPrecision'] = ''

    def classify(designation, province_text):
        """Maps a list's designation text to (tier, level, category, authority)."""
        d = designation
        pcode, _ = locate(province_text)
        level, authority = 'NATIONAL', 'auth-miit'
        prov = re.match(r'^(\S+?)省', d)
        if prov and not d.startswith('国家级'):
            level = 'PROVINCIAL'
            pcode = province_by_short.get(prov.group(1), pcode)
            authority = provincial_authority(pcode)
        if '小巨人' in d:
            return 'LITTLE_GIANT', level, 'ENTERPRISE', authority
        if '专精特新中小企业' in d:
            return 'SPECIALIZED_SME', level, 'ENTERPRISE', authority
        if '单项冠军' in d:
            if '培育' in d:
                cat = 'CULTIVATION_ENTERPRISE'
            elif '产品' in d and '或' not in d:
                cat = 'PRODUCT'
            elif '示范企业' in d or '企业 (' in d or d.endswith('冠军企业'):
                cat = 'ENTERPRISE'
            elif level == 'PROVINCIAL':
                cat = 'ENTERPRISE'
            else:
                cat = 'UNSTATED'
            return 'CHAMPION', level, cat, authority
        raise ValueError('unknown designation: ' + d)

    def stage_of(event):
        if 'not distinguished' in event:
            return 'DESIGNATED_OR_REVIEWED'
        if '复核' in event:
            return 'REVIEW_PASSED' if '公示' not in event else 'REVIEW_PUBLICITY'
        if '专项资金' in event:
            return 'MENTIONED'
        if '公示' in event and '完成' not in event:
            return 'PUBLICITY'
        return 'DESIGNATED'

    def list_rows(path, rows, default_srcs=None):
        for r in rows:
            name = r['enterprise_name'].strip()
            srcs = sources_of(r.get('source_title'), r.get('source_url')) if r.get('source_url') else list(default_srcs(r))
            fid = firm_for_list_row(name, r.get('province', ''), r.get('city', ''), srcs, path)
            designation = r.get('designation') or r.get('champion_type')
            tier, level, category, authority = classify(designation if 'champion_type' not in r else '制造业单项冠军' + r['champion_type'], r.get('province', ''))
            batch_text = r.get('batch') or r.get('original_batch') or ''
            b = batch_no(batch_text)
            year = r.get('year') or r.get('original_batch_year') or ''
            event = r.get('event') or 'list of %s batch %s' % (tier, b)
            stage = stage_of(event)
            review_year = ''
            award_year = year
            if stage in ('REVIEW_PASSED', 'REVIEW_PUBLICITY'):
                review_year = r.get('event_year') or year
                years = LG_BATCH_YEAR if tier == 'LITTLE_GIANT' and level == 'NATIONAL' else CHAMPION_BATCH_YEAR if tier == 'CHAMPION' and level == 'NATIONAL' else {}
                award_year = r.get('original_batch_year') or (years.get(b, '') if b else '')
            if stage == 'MENTIONED':
                award_year = ''
            add_cert(fid, tier, level, b, award_year, '', 'YEAR' if award_year else '', stage, event, review_year, authority,
                     category, r.get('product') or r.get('champion_product') or '', 'REPORTED', srcs)

    def zj_source(r):
        # "...; Ningbo, 4 firms" rows come from the Ningbo notice; "Zhejiang excluding Ningbo"
        # rows from the provincial one.
        return [SRC_NB] if re.search(r';\s*Ningbo,', r['event']) else [SRC_ZJ]


    list_rows('little-giants/zhejiang_little_giants_review_lists.csv', read('little-giants/zhejiang_little_giants_review_lists.csv'), zj_source)
    SRC_HUBEI_CHAMP = source('http://pomelofruit.com/content/2021-01/04/content_13541798.html', "Hubei's 5th-batch manufacturing champions (repost of Hubei Daily, 2021-01-04)", 'Hubei Daily', '2021-01-04')
    for f in sorted(os.listdir(os.path.join(DATA, 'little-giants'))):
        if f in ('zhejiang_little_giants_review_lists.csv', 'little_giant_batch_counts.csv'):
            continue
        list_rows('little-giants/' + f, read('little-giants/' + f), lambda r: [SRC_HUBEI_CHAMP])

    # Titles stated about curated firms: each cites the one source that states it (title_claims.csv),
    # never every source of the firm's row. MERICS calls Leaderdrive and Endovastec state-backed
    # firms, not Little Giants, so they have no title here.
    claims = OrderedDict()
    with open(os.path.join(HERE, 'title_claims.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            src = SRC_MERICS if r['source'] == 'MERICS' else curated_source(r['firm_id'], r['source'])
            claim = claims.setdefault(r['firm_id'], dict(awarded='', notes=[], srcs=[]))
            claim['awarded'] = claim['awarded'] or r['awarded']
            claim['notes'].append(r['note'])
            claim['srcs'].append(src)
    for firm_id, claim in claims.items():
        awarded = claim['awarded']
        add_cert(firm_id, 'LITTLE_GIANT', 'NATIONAL', None, awarded[:4], awarded, 'DAY' if awarded else '',
                 'DESIGNATED', ' '.join(claim['notes']), '', 'auth-miit', 'ENTERPRISE', '', 'REPORTED', claim['srcs'])

    # ---------------------------------------------------------------- EU exporters
    for r in read('curated/eu_exporters.csv'):
        srcs = sources_of(r['source_title'], r['source_url'])
        o = orgs.get(r['id']) or add_org(org(r['id'], 'FIRM', r['name'], nameEn=r['name'], country=r['country'], sourceIds=[]))
        add_sources(o, srcs)
        o.update(chinaRevenueValue=r['china_revenue_value'], chinaRevenueCurrency=r['china_revenue_currency'],
                 chinaRevenueFiscalYear=r['china_revenue_fiscal_year'], chinaRevenueSharePct=r['china_revenue_share_pct'],
                 chinaRevenueScope=r['china_revenue_scope'], size='LARGE')
        o['industry'] = o['industry'] or r['sector']
        o['notes'] = (o['notes'] + ' ' if o['notes'] else '') + r['notes']
        o['confidence'] = best_conf(o['confidence'], confidence_of(r['notes'])) if o['sourceIds'] != srcs else confidence_of(r['notes'])
        o['_products'] = (r['main_products_china'], r['hs6_best_fit'], srcs)

    # ---------------------------------------------------------------- products
    products = []
    prod_hs = []

    def add_product(pid, firm_id, name, hs_list, srcs, confidence='REPORTED'):
        products.append(dict(id=pid, firmId=firm_id, name=name, confidence=confidence, sourceIds=srcs))
        for code in hs_list:
            if code not in HS:
                raise ValueError('unknown HS code %s for %s' % (code, pid))
            prod_hs.append(dict(productId=pid, hsCode=code, confidence='INFERRED', sourceIds=srcs))

    def hs_list(text):
        return [c.strip() for c in (text or '').split(';') if c.strip()]


    for r in curated:
        if r['main_products'] and r['id'] in orgs:
            # The A-share snapshot gives an industry, not products: it is no source of a product.
            # Where no other source of the row is left, the product line is the compiler's own
            # description: the project's classification, INFERRED.
            srcs = [s for s in sources_of(r['source_title'], r['source_url']) if s != SRC_ASHARE]
            add_product('prod-' + r['id'], r['id'], r['main_products'], hs_list(r['hs6']), srcs or [SRC_PROJECT],
                        'REPORTED' if srcs else 'INFERRED')
    for o in list(orgs.values()):
        if '_products' in o:
            name, codes, srcs = o.pop('_products')
            add_product('prod-eu-' + o['id'], o['id'], name, hs_list(codes), srcs)
    for c in certs.values():
        if c['product']:
            add_product('prod-' + c['id'], c['firmId'], c['product'], [], c['sourceIds'])

    # ---------------------------------------------------------------- relations
    relations = OrderedDict((l['id'], l) for l in listings)
    REL_TYPES = {'supplies': 'SUPPLIES', 'invests_in': 'INVESTS_IN', 'listed_on': 'LISTED_ON', 'competes_with': 'COMPETES_WITH',
                 'collaborates_with': 'COLLABORATES_WITH'}
    REL_FIELDS = ['id', 'type', 'fromId', 'toId', 'product', 'hsCodes', 'since', 'until', 'amount', 'currency', 'round', 'board',
                  'ticker', 'date', 'notes', 'confidence', 'sourceIds']

    def separate_claim(rel, confidence, props):
        """A claim joins an existing relationship only where it can earn the same confidence, or
        where it states nothing the relationship does not already state (a date may be less precise).
        Otherwise it stays a claim of its own, so a value only a weaker source gives (Kait's IPO
        proceeds, which only MERICS states) never takes the stronger sources' confidence."""
        if confidence == rel['confidence']:
            return False
        stated = {k: v for k, v in props.items() if v and k not in ('notes', 'product')}
        return any(not str(rel.get(k) or '').startswith(str(v)) for k, v in stated.items())

    def add_relation(rtype, from_id, to_id, confidence, srcs, **props):
        from_id, to_id = rename.get(from_id, from_id), rename.get(to_id, to_id)
        for oid in (from_id, to_id):
            if oid not in orgs:
                raise ValueError('unknown organization %s in %s relation' % (oid, rtype))
        board = props.pop('board_hint', '')
        rid = ('listed-%s-%s' % (from_id, to_id)) if rtype == 'LISTED_ON' else '%s-%s-%s' % (rtype.lower(), from_id, to_id)
        for code in props.get('hsCodes', []):
            if code not in HS:
                raise ValueError('unknown HS code ' + code)
        if rid in relations and not separate_claim(relations[rid], confidence, props):
            rel = relations[rid]
            rel['sourceIds'] = list(OrderedDict.fromkeys(rel['sourceIds'] + srcs))
            rel['confidence'] = best_conf(rel['confidence'], confidence)
            for k, v in props.items():
                if v and not rel.get(k):
                    rel[k] = v
                elif k == 'notes' and v:
                    rel[k] = rel[k] + ' ' + v
        else:
            if rid in relations:
                rid = '%s-claim-%s' % (rid, h('|'.join(srcs), 6))
            rel = dict(id=rid, type=rtype, fromId=from_id, toId=to_id, confidence=confidence, sourceIds=list(srcs))
            rel.update(props)
            if board:
                rel['board'] = board
            relations[rid] = rel
        return rel


    for r in read('curated/relations.csv'):
        srcs = sources_of(r['source_title'], r['source_url'])
        conf = confidence_of(r['notes'], r['source_title'])
        if re.search(r'\b[Dd]erived\b', r['notes']):
            conf = 'INFERRED'  # computed by the compiler (e.g. shares x price), not stated by the source
        if not r['to_id']:
            continue  # the Endovastec export row names no customer; it becomes EXPORTS_TO countries below
        rtype = REL_TYPES[r['relation']]
        props = dict(product=r['product'], hsCodes=hs_list(r['hs6']), since=r['since'], amount=r['amount'], currency=r['currency'],
                     notes=r['notes'])
        if rtype == 'LISTED_ON':
            props = dict(product=r['product'], date=r['since'], amount=r['amount'], currency=r['currency'], notes=r['notes'],
                         board_hint='STAR' if r['to_id'] == 'exch-sse-star' else '')
        if rtype == 'INVESTS_IN':
            props['date'] = props.pop('since')
            if 'combined' in r['notes'].lower() and props['amount']:
                # One round shared by several investors: its total belongs to no single edge, or
                # capital flows count it once per investor.
                props['round'] = 'joint round of %s %s (combined total, split not stated)' % (
                    '{:,}'.format(int(props['amount'])), props['currency'])
                props['amount'] = props['currency'] = ''
        add_relation(rtype, r['from_id'], r['to_id'], conf, srcs, **props)

    exports_to = []
    for r in read('curated/relations.csv'):
        if r['to_id']:
            continue
        srcs = sources_of(r['source_title'], r['source_url'])
        # The MicroPort page reports the first implantation in Italy; no source read names
        # Poland or Spain, so only Italy is recorded.
        for country in ('IT',):
            exports_to.append(dict(id='exports-%s-%s' % (r['from_id'], country), fromId=r['from_id'], country=country,
                                   product=r['product'], hsCodes=';'.join(hs_list(r['hs6'])), since=r['since'],
                                   notes=r['notes'], confidence='REPORTED', sourceIds=srcs))

    # Listings of curated firms abroad (HKEX, NYSE) stated in the firm table.
    for r in curated:
        ex = r['listing_exchange']
        if r['id'] not in orgs or ';' in ex or not r['ticker']:
            continue
        target = {'Hong Kong Stock Exchange': 'exch-hkex', 'New York Stock Exchange': 'exch-nyse'}.get(ex)
        if target:
            add_relation('LISTED_ON', r['id'], target, 'REPORTED', sources_of(r['source_title'], r['source_url']),
                         ticker=r['ticker'], board_hint='MAIN' if 'main' in r['board'].lower() or not r['board'] else r['board'])

    for r in read('curated/eu_competitors.csv'):
        srcs = sources_of(r['source_title'], r['source_url'])
        fid = resolve(r['chinese_firm_name_zh'], r['chinese_firm_name_en'], 'curated/eu_competitors.csv')
        if fid:
            matching.append(('curated/eu_competitors.csv', r['chinese_firm_name_en'], 'matched exactly to %s' % fid))
            add_sources(orgs[fid], srcs)
        else:
            near = sorted(core_index.get(core_name(r['chinese_firm_name_zh']), set())) if r['chinese_firm_name_zh'] else []
            fid = 'cn-n-' + h(norm_name(r['chinese_firm_name_zh']) or english_key(r['chinese_firm_name_en']))
            if fid not in orgs:
                matching.append(('curated/eu_competitors.csv', r['chinese_firm_name_en'],
                                 'no exact match; new node %s%s' % (fid, (' (NOT merged with similar %s)' % ', '.join(near)) if near else '')))
                add_org(org(fid, 'FIRM', r['chinese_firm_name_en'], nameZh=norm_name(r['chinese_firm_name_zh']), nameEn=r['chinese_firm_name_en'],
                            country='CN', sourceIds=srcs, notes=r['chinese_firm_certification']))
            else:
                add_sources(orgs[fid], srcs)
        add_relation('COMPETES_WITH', fid, r['eu_firm_id'], confidence_of(r['source_title'], r['evidence']), srcs,
                     product=r['product'], hsCodes=hs_list(r['hs6']), date=r['year'], notes=r['evidence'])

    with open(os.path.join(HERE, 'merics_supplement.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            rtype = REL_TYPES[r['relation']]
            props = dict(product=r['product'], amount=r['amount'], currency=r['currency'], notes=r['notes'])
            if rtype == 'LISTED_ON':
                props['date'] = r['since']
            else:
                props['since'] = r['since']
            add_relation(rtype, r['from_id'], r['to_id'], r['confidence'], [SRC_MERICS], **props)

    # ---------------------------------------------------------------- sectors / technologies of firms (project's own classification)
    firm_sectors, firm_techs = [], []
    with open(os.path.join(HERE, 'classification.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['kind'] == 'sector':
                firm_sectors.append(dict(firmId=r['firm_id'], sectorId=SECTOR_BY_CODE[r['target']], notes=r['notes'],
                                         confidence='INFERRED', sourceIds=[SRC_PROJECT]))
            else:
                firm_techs.append(dict(firmId=r['firm_id'], technologyId=TECH_BY_NAME[r['target']], notes=r['notes'],
                                       confidence='INFERRED', sourceIds=[SRC_PROJECT]))

    # ---------------------------------------------------------------- reported firm figures (for the criteria audit)
    # Each figure cites the source that gives it (figures.csv), not every source of the firm's row.
    figures = []
    with open(os.path.join(HERE, 'figures.csv'), encoding='utf-8') as f:
        for r in csv.DictReader(f):
            figures.append(dict(id='fig-%s-%s-%s' % (r['firm_id'], r['metric'].lower(), r['period'].lower()), firmId=r['firm_id'],
                                metric=r['metric'], period=r['period'], value=r['value'], unit=r['unit'], notes=r['note'],
                                confidence=r['confidence'], sourceIds=[curated_source(r['firm_id'], r['source'])]))

    # EU exporters' product lines sold to Chinese customers (imported or made in China): SELLS_IN China.
    sales_markets = []
    for r in read('curated/eu_exporters.csv'):
        if r['main_products_china']:
            sales_markets.append(dict(id='sells-%s-CN' % r['id'], firmId=r['id'], country='CN', product=r['main_products_china'],
                                      hsCodes=';'.join(hs_list(r['hs6_best_fit'])), notes='Sold to Chinese customers, imported or made in China. HS codes are best-fit assignments.',
                                      confidence=confidence_of(r['notes']), sourceIds=sources_of(r['source_title'], r['source_url'])))

    # ---------------------------------------------------------------- trade flows and programme facts
    trade = []
    for r in read('curated/trade_eu_china.csv'):
        if r['source_url'] == MERICS_URL:
            continue  # the MERICS headline figures are programme facts below, once, with the year they refer to
        srcs = sources_of(r['source_title'], r['source_url'])
        trade.append(dict(id='trade-' + h('|'.join([r['reporter'], r['partner'], r['flow'], r['year'], r['classification'], r['code'], r['value_eur'], r['share_pct'], r['source_url']])),
                          reporter=r['reporter'], partner=r['partner'], flow=r['flow'].upper(), year=r['year'],
                          classification=r['classification'], code=r['code'], productGroup=r['product_group'], valueEur=r['value_eur'],
                          sharePct=r['share_pct'], notes=r['notes'], confidence=confidence_of(r['notes']), sourceIds=srcs))

    facts = []
    for r in read('curated/little_giant_facts.csv'):
        srcs = sources_of(r['source_title'], r['source_url'])
        if r['fact'].startswith('Share of 2022 listings that were Little Giants'):
            # The curated note predates the retrieved summary, which does state the figure.
            r['notes'] = ('MERICS key findings: "In 2022, 40 percent of listings on the Shanghai, Shenzhen and Beijing stock exchanges '
                          'were made by Little Giants."')
        # Readable, stable ids: queries refer to the criteria facts by id for their defaults.
        facts.append(dict(id='fact-%s-%s' % (slug(r['fact'])[:70].rstrip('-'), r['year']), fact=r['fact'], value=r['value'], unit=r['unit'], year=r['year'],
                          tier='', batch='', notes=r['notes'], confidence=confidence_of(r['notes']), sourceIds=srcs))
    for r in read('little-giants/little_giant_batch_counts.csv'):
        srcs = [source('https://' + p.strip().split(' ')[0], 'Little Giant batch counts: ' + p.strip().split(' ')[0])
                for p in r['sources'].replace('pages:', '').split(';') if p.strip().split(' ')[0].startswith(('blog.', 'www.'))]
        facts.append(dict(id='fact-lg-batch-%s-publicity' % r['batch'], fact='Little Giants in the publicity list, batch %s' % r['batch'],
                          value=r['count_publicity_list'], unit='firms', year=r['year'], tier='LITTLE_GIANT', batch=r['batch'],
                          notes=r['cumulative_note'], confidence='REPORTED', sourceIds=srcs))
        if r['count_final_or_other']:
            derived = 'derived' in r['cumulative_note']
            facts.append(dict(id='fact-lg-batch-%s-final' % r['batch'], fact='Little Giants finally designated, batch %s' % r['batch'],
                              value=r['count_final_or_other'], unit='firms', year=r['year'], tier='LITTLE_GIANT', batch=r['batch'],
                              notes=r['cumulative_note'], confidence='INFERRED' if derived else 'REPORTED', sourceIds=srcs))
    facts += [
        dict(id='fact-merics-eu-exports-to-china', fact='EU exports to China (MERICS figure)', value='230000000000', unit='EUR',
             year='2022', tier='', batch='',
             notes='MERICS key findings: "The EU\'s exports to China are worth EUR 230 billion in total and are heavily concentrated in '
                   'machinery, vehicles and other manufactured goods." The report (2023) does not name the year; 2022 is the year the '
                   'figure fits (DG Trade: 2023 exports EUR 223.6 bn after a 3.1% fall).',
             confidence='UNVERIFIED', sourceIds=[SRC_MERICS]),
        dict(id='fact-merics-eu-exports-threatened', fact='Share of EU exports to China that certified Chinese competitors could threaten (MERICS figure)',
             value='40', unit='percent', year='2022', tier='', batch='',
             notes='MERICS key findings: "About 40 percent of that could be threatened by Chinese competitors." Share of the EUR 230 bn figure.',
             confidence='UNVERIFIED', sourceIds=[SRC_MERICS]),
        dict(id='fact-aspi-technologies', fact='Critical technologies tracked by ASPI', value='64', unit='technologies', year='2024', tier='', batch='',
             notes='74 after the December 2025 update.', confidence='REPORTED', sourceIds=[SRC_ASPI]),
        dict(id='fact-aspi-china-leads', fact='Critical technologies in which China leads (ASPI, 2019-2023)', value='57', unit='technologies', year='2024',
             tier='', batch='', notes='Of 64; the US leads in 7. After the 2025 update China leads 66 of 74 (2020-2024).', confidence='REPORTED', sourceIds=[SRC_ASPI]),
    ]

    # ---------------------------------------------------------------- tiers
    def fact_source(fact_text):
        for f in facts:
            if f['fact'] == fact_text:
                return f['sourceIds']
        raise KeyError(fact_text)


    tiers = [
        dict(id='INNOVATIVE_SME', rank='1', name='Innovative SME', nameZh='创新型中小企业', targetSize='1000000',
             sourceIds=fact_source('14th Five-Year Plan target: innovative SMEs')),
        dict(id='SPECIALIZED_SME', rank='2', name='Specialized and sophisticated SME', nameZh='专精特新中小企业', targetSize='100000',
             sourceIds=fact_source('14th Five-Year Plan target: specialized SMEs')),
        dict(id='LITTLE_GIANT', rank='3', name='Little Giant', nameZh='专精特新"小巨人"企业', targetSize='10000',
             sourceIds=fact_source('14th Five-Year Plan target: national Little Giants')),
        dict(id='CHAMPION', rank='4', name='Manufacturing single-item champion', nameZh='制造业单项冠军', targetSize='1000',
             sourceIds=[SRC_MERICS]),
    ]

    # ---------------------------------------------------------------- write

    def clamp(row):
        """No confidence above what the fact's sources support: the best of their ceilings."""
        ids = row.get('sourceIds')
        if row.get('confidence') and isinstance(ids, list) and ids:
            ceiling = min((sources[i]['maxConfidence'] for i in ids), key=CONF_RANK.get)
            if CONF_RANK[ceiling] > CONF_RANK[row['confidence']]:
                row['confidence'] = ceiling

    def write(name, rows, fields):
        rows = list(rows)
        for r in rows:
            clamp(r)
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
            w = csv.DictWriter(f, fieldnames=fields, extrasaction='ignore', lineterminator='\n')
            w.writeheader()
            for r in rows:
                w.writerow({k: (';'.join(v) if isinstance(v, list) else v) for k, v in r.items()})


    write('sources.csv', sources.values(), ['id', 'title', 'url', 'publisher', 'date', 'retrieved', 'language', 'licence', 'trust',
                                            'maxConfidence', 'synthetic', 'note'])
    write('hs_codes.csv', hs_rows, ['code', 'level', 'description', 'section', 'sectionName', 'parent', 'sourceIds'])
    write('countries.csv', countries, ['code', 'alpha3', 'name', 'nameZh', 'region', 'subRegion', 'eu', 'sourceIds'])
    write('regions.csv', regions, ['code', 'name', 'nameEn', 'shortName', 'level', 'parent', 'sourceIds'])
    write('sectors.csv', sectors.values(), ['id', 'kind', 'code', 'name', 'nameZh', 'parent', 'confidence', 'sourceIds'])
    write('technologies.csv', technologies, ['id', 'seq', 'name', 'domainId', 'domain', 'set', 'leadCountry', 'leadConfidence', 'leadNote', 'sourceIds'])
    write('tiers.csv', tiers, ['id', 'rank', 'name', 'nameZh', 'targetSize', 'sourceIds'])
    ORG_FIELDS = ['id', 'kind', 'name', 'nameZh', 'shortNameZh', 'nameEn', 'aliases', 'country', 'provinceCode', 'province', 'provinceEn',
                  'city', 'district', 'founded', 'ownership', 'ownershipNote', 'controller', 'size', 'uscc', 'industry', 'mainProducts',
                  'chinaRevenueValue', 'chinaRevenueCurrency', 'chinaRevenueFiscalYear', 'chinaRevenueSharePct', 'chinaRevenueScope',
                  'notes', 'confidence', 'sourceIds']
    # An exchange no table describes (NYSE) is known from the listings on it: their sources state it.
    for o in orgs.values():
        if o['kind'] == 'EXCHANGE' and not o['sourceIds']:
            for rel in relations.values():
                if rel['toId'] == o['id'] and rel['type'] == 'LISTED_ON':
                    add_sources(o, rel['sourceIds'])

    # A city is a prefecture-level city of the 2023 division codes (for the four municipalities,
    # the municipality); a county or district, or a note, goes to district.
    for o in orgs.values():
        o['city'], o['district'] = place(o['city'], o['provinceCode']) if o['country'] == 'CN' else (o['city'], '')
    # An acronym a name gives in brackets ("... Co., Limited (CATL)", two to six capitals, so not
    # "(HANGZHOU)") is how analysts write the firm: an alias, so that search and match find it as they find any other name.
    for o in orgs.values():
        for n in [o['name'], o['nameEn']]:
            for acronym in re.findall(r'\(([A-Z][A-Z0-9&]{1,5})\)', n or ''):
                if acronym not in o['aliases']:
                    o['aliases'] = o['aliases'] + [acronym]
    for o in orgs.values():
        o['nameKeys'] = name_keys(o)
    write('organizations.csv', orgs.values(), ORG_FIELDS + ['nameKeys'])
    write('certifications.csv', certs.values(), ['id', 'firmId', 'tier', 'level', 'batch', 'awardYear', 'awarded', 'awardedPrecision',
                                                 'validUntil', 'validUntilPrecision', 'stage', 'event', 'reviewYear', 'authorityId',
                                                 'category', 'product', 'confidence', 'sourceIds'])
    write('products.csv', products, ['id', 'firmId', 'name', 'confidence', 'sourceIds'])
    write('product_hs_codes.csv', prod_hs, ['productId', 'hsCode', 'confidence', 'sourceIds'])
    write('firm_sectors.csv', firm_sectors, ['firmId', 'sectorId', 'notes', 'confidence', 'sourceIds'])
    write('firm_technologies.csv', firm_techs, ['firmId', 'technologyId', 'notes', 'confidence', 'sourceIds'])
    write('relations.csv', relations.values(), REL_FIELDS)
    write('exports.csv', exports_to, ['id', 'fromId', 'country', 'product', 'hsCodes', 'since', 'notes', 'confidence', 'sourceIds'])
    write('firm_figures.csv', figures, ['id', 'firmId', 'metric', 'period', 'value', 'unit', 'notes', 'confidence', 'sourceIds'])
    write('sales_markets.csv', sales_markets, ['id', 'firmId', 'country', 'product', 'hsCodes', 'notes', 'confidence', 'sourceIds'])
    write('trade_flows.csv', trade, ['id', 'reporter', 'partner', 'flow', 'year', 'classification', 'code', 'productGroup', 'valueEur',
                                     'sharePct', 'notes', 'confidence', 'sourceIds'])
    write('program_facts.csv', facts, ['id', 'fact', 'value', 'unit', 'year', 'tier', 'batch', 'notes', 'confidence', 'sourceIds'])

    # Possible renames: a listed firm's legal name can change after a list names it (浙江花园生物高科
    # became 浙江花园生物医药). No shipped source states a rename, so these pairs are candidates for a
    # person to check, never merged.
    def province_in_name(name):
        """The province a name starts with ("合肥..." is in Anhui), for list rows that give none."""
        for n in (3, 2):
            if name[:n] in province_by_short:
                return province_by_short[name[:n]]
            if name[:n] + '市' in city_by_name:
                return city_by_name[name[:n] + '市']['provinceCode']
        return ''

    place_prefixes = sorted({p for p in province_by_short if len(p) >= 2} |
                            {n for c in city_by_name for n in (c, re.sub(r'市$', '', c)) if len(n) >= 2}, key=len, reverse=True)

    def brand(o):
        """The name without legal form and without the places it starts with: 浙江花园生物高科 -> 花园生物高科."""
        name = core_name(o['nameZh'])
        stripped = True
        while stripped:
            stripped = False
            for p in place_prefixes:
                if name.startswith(p) and len(name) > len(p) + 1:
                    name, stripped = name[len(p):], True
                    break
        return name.lstrip('市')

    listed_by_brand = defaultdict(list)
    for o in orgs.values():
        if o['id'].startswith('cn-ashare-') or any(l['fromId'] == o['id'] for l in listings):
            if o['nameZh'] and o['provinceCode']:
                listed_by_brand[(o['provinceCode'], brand(o)[:2])].append(o)
    for o in orgs.values():
        if not o['id'].startswith('cn-n-') or len(brand(o)) < 2:
            continue
        province_code = o['provinceCode'] or province_in_name(o['nameZh'])
        for cand in listed_by_brand.get((province_code, brand(o)[:2]), []):
            if brand(cand)[:2] == brand(o)[:2]:
                matching.append(('rename candidates', o['nameZh'],
                                 'possible rename of, or firm related to, listed %s (%s, %s): same province and name stem; NOT merged, no source states a rename'
                                 % (cand['nameZh'], cand['id'], cand['shortNameZh'])))

    with open(os.path.join(OUT, 'MATCHING.md'), 'w', encoding='utf-8') as f:
        f.write('# Entity resolution report\n\nWritten by `import/derive/derive.py`. A firm is merged only on an exact normalised '
                'Chinese legal name, an exact A-share short name, an A-share ticker or an exact normalised English name. '
                'Rows marked NOT merged look alike but were kept apart: check them by hand and add an alias if they are the same firm.\n\n')
        f.write('| file | name | decision |\n|---|---|---|\n')
        for where, name, decision in matching:
            f.write('| %s | %s | %s |\n' % (where, name.replace('|', '/'), decision.replace('|', '/')))
    print('organizations %d, certifications %d, relations %d, products %d, sources %d, facts %d' % (
        len(orgs), len(certs), len(relations), len(products), len(sources), len(facts)))


def main(argv=None):
    global DATA, OUT
    parser = argparse.ArgumentParser(description='Derives the shipped dataset from the public source tables.')
    parser.add_argument('--data', default=DEFAULT_DATA, help='the source tables (default: %(default)s)')
    parser.add_argument('--out', default=DEFAULT_OUT, help='where the CSV files and MATCHING.md go (default: %(default)s)')
    args = parser.parse_args(argv)
    DATA, OUT = args.data, args.out
    os.makedirs(OUT, exist_ok=True)
    derive()


if __name__ == '__main__':
    main()
