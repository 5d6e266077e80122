"""What our server sends to the database for each GraphQL request, read from Spring Data Neo4j's
Cypher log (statements at DEBUG, their parameters at TRACE, as Cypher expressions), which the
server's actuator turns on for the capture. The server must run with
--management.endpoints.web.exposure.include=health,loggers, its output going to the file LOG."""
import json, re, time, urllib.request

def post(url, body):
    request = urllib.request.Request(url, json.dumps(body).encode(), {'Content-Type': 'application/json'})
    with urllib.request.urlopen(request, timeout=600) as response:
        return response.read()

def cypher_log(port, level):
    post(f'http://127.0.0.1:{port}/actuator/loggers/org.springframework.data.neo4j.cypher',
         {'configuredLevel': level})

record = re.compile(r'^\d{4}-\d\d-\d\dT\S+\s+(\w+) .*? \[([^\]]*)\] (\S+)\s+: (.*)$')
def statements_of(text):
    statements, current = [], None
    for line in text.splitlines():
        m = record.match(line)
        if m:
            current = None
            if m.group(3) == 'org.springframework.data.neo4j.cypher':
                if m.group(4).startswith('Executing:'):
                    current = {'statement': '', 'parameters': {}}
                    statements.append(current)
                elif m.group(4).startswith('with parameters:'):
                    current = statements[-1]
                    current['in_parameters'] = True
            continue
        if current is None:
            continue
        if current.get('in_parameters'):
            p = re.match(r'^:param (\S+) => (.*)$', line)
            if p:
                value = p.group(2)
                # A LocalDate is logged as bare ISO text; the driver sends it as a date.
                if re.fullmatch(r'\d{4}-\d\d-\d\d', value):
                    value = f"date('{value}')"
                current['parameters'][p.group(1)] = value
        else:
            current['statement'] += line + '\n'
    for s in statements:
        s.pop('in_parameters', None)
        s['statement'] = s['statement'].strip()
    return statements

def capture(port, log, requests, into):
    """Each request (name -> GraphQL text) sent twice, the second time with its statements
    logged; writes name -> [{statement, parameters}] as JSON to the file INTO."""
    ours = f'http://127.0.0.1:{port}/graphql'
    cypher_log(port, 'TRACE')
    captured = {}
    for name, query in requests.items():
        post(ours, {'query': query})
        time.sleep(0.2)
        offset = len(open(log, encoding='utf-8').read())
        post(ours, {'query': query})
        time.sleep(0.5)
        captured[name] = statements_of(open(log, encoding='utf-8').read()[offset:])
    cypher_log(port, 'INFO')
    json.dump(captured, open(into, 'w'), ensure_ascii=False, indent=1)
