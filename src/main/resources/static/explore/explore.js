// The supply-network explorer: a firm, its suppliers and customers two tiers out, its
// competitors and backers, coloured by certification; click a node to centre on it. Every
// edge is a sourced relationship: the side panel lists them with confidence and sources.
const TIER_COLOURS = { CHAMPION: '#b03a2e', LITTLE_GIANT: '#e74c3c', SPECIALIZED_SME: '#f39c12', INNOVATIVE_SME: '#f7dc6f' };
const TIER_RANK = ['INNOVATIVE_SME', 'SPECIALIZED_SME', 'LITTLE_GIANT', 'CHAMPION'];
const REL = `id type direction product confidence sources { title url }
  counterpart { id name __typename ... on Firm { certifications { tier { id } status } } }`;
const QUERY = `query Explore($id: ID!) {
  firm(id: $id) { id name nameZh countryCode certifications { tier { id } status batch sources { title } }
    suppliers { ${REL} } customers { ${REL} } competitors { ${REL} } investors { ${REL} } mentors { ${REL} } }
  up: supplyPaths(firmId: $id, direction: UPSTREAM, maxDepth: 2) { items { depth firm { id name certifications { tier { id } status } }
    hops { supplier { id name } link { product confidence counterpart { id name } } } } }
  down: supplyPaths(firmId: $id, direction: DOWNSTREAM, maxDepth: 2) { items { depth firm { id name certifications { tier { id } status } }
    hops { supplier { id name } link { product confidence counterpart { id name } } } } }
}`;

async function graphql(query, variables) {
  const headers = { 'Content-Type': 'application/json' };
  const key = localStorage.getItem('kbApiKey');
  if (key) { headers.Authorization = 'Bearer ' + key; }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  // A server with API keys asks for one once; it is kept in this browser only.
  if (response.status === 401) {
    const given = prompt('This server needs an API key');
    if (given) { localStorage.setItem('kbApiKey', given.trim()); return graphql(query, variables); }
  }
  const answer = await response.json();
  if (answer.errors) { throw new Error(answer.errors.map(e => e.message).join('; ')); }
  return answer.data;
}

function colour(org) {
  if (org.__typename === 'Institution') { return '#85c1e9'; }
  const held = (org.certifications || []).filter(c => c.status !== 'EXPIRED').map(c => c.tier.id);
  const top = held.sort((a, b) => TIER_RANK.indexOf(b) - TIER_RANK.indexOf(a))[0];
  return TIER_COLOURS[top] || '#aab7b8';
}

function escape(text) {
  return String(text ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
}

let cy;

async function show(id) {
  const panel = document.getElementById('panel');
  panel.textContent = 'Loading...';
  let data;
  try {
    data = await graphql(QUERY, { id });
  } catch (error) {
    panel.textContent = error.message;
    return;
  }
  const firm = data.firm;
  if (!firm) { panel.textContent = 'No firm has the id ' + id; return; }
  const nodes = new Map();
  const edges = new Map();
  const node = (org, depth) => {
    const known = nodes.get(org.id);
    if (!known || known.data.depth > depth) {
      nodes.set(org.id, { data: { id: org.id, label: org.name, colour: colour(org), depth } });
    }
  };
  const edge = (from, to, label, kind) => {
    edges.set(from + '>' + to + ':' + kind, { data: { id: from + '>' + to + ':' + kind, source: from, target: to, label, kind } });
  };
  node({ ...firm, __typename: 'Firm' }, 0);
  const groups = { suppliers: 'SUPPLIES', customers: 'SUPPLIES', competitors: 'COMPETES_WITH', investors: 'INVESTS_IN', mentors: 'MENTORS' };
  for (const [field, kind] of Object.entries(groups)) {
    for (const rel of firm[field]) {
      node(rel.counterpart, 1);
      const label = [rel.product, rel.confidence].filter(Boolean).join(' · ');
      if (rel.direction === 'INCOMING') { edge(rel.counterpart.id, firm.id, label, kind); }
      else { edge(firm.id, rel.counterpart.id, label, kind); }
    }
  }
  for (const path of [...data.up.items, ...data.down.items]) {
    for (const hop of path.hops) {
      node(hop.supplier, Math.max(1, path.depth - 1));
      node(hop.link.counterpart, path.depth);
      edge(hop.supplier.id, hop.link.counterpart.id, [hop.link.product, hop.link.confidence].filter(Boolean).join(' · '), 'SUPPLIES');
    }
    node(path.firm, path.depth);
  }
  cy.elements().remove();
  cy.add([...nodes.values(), ...edges.values()]);
  cy.layout({ name: 'breadthfirst', roots: cy.getElementById(firm.id), circle: true, spacingFactor: 1.3, padding: 30 }).run();
  cy.getElementById(firm.id).style({ 'border-width': 4, 'border-color': '#1b2631' });
  panel.innerHTML = renderPanel(firm, data);
  panel.querySelectorAll('[data-id]').forEach(li => li.addEventListener('click', () => navigate(li.dataset.id)));
}

function renderPanel(firm, data) {
  const rels = (title, list) => list.length === 0 ? '' : `<h3>${title}</h3><ul>` + list.map(rel =>
    `<li data-id="${escape(rel.counterpart.id)}"><a href="#">${escape(rel.counterpart.name)}</a>
      ${rel.product ? '— ' + escape(rel.product) : ''} <span class="confidence">${escape(rel.confidence)}</span>
      <div class="sources">${rel.sources.map(s => s.url ? `<a href="${escape(s.url)}" target="_blank" rel="noreferrer">${escape(s.title)}</a>` : escape(s.title)).join('; ')}</div></li>`).join('') + '</ul>';
  const tier2 = (items) => items.filter(p => p.depth === 2).map(p => `<li data-id="${escape(p.firm.id)}"><a href="#">${escape(p.firm.name)}</a></li>`).join('');
  return `<h2>${escape(firm.name)}</h2><div>${escape(firm.nameZh || '')} ${escape(firm.countryCode || '')}</div>
    <h3>Certifications</h3><ul>${firm.certifications.map(c => `<li>${escape(c.tier.id)} ${c.batch ? 'batch ' + c.batch : ''} — ${escape(c.status)}
      <div class="sources">${c.sources.map(s => escape(s.title)).join('; ')}</div></li>`).join('') || '<li>none recorded</li>'}</ul>`
    + rels('Suppliers', firm.suppliers) + rels('Customers', firm.customers) + rels('Competitors', firm.competitors)
    + rels('Investors', firm.investors) + rels('Mentors', firm.mentors)
    + (tier2(data.up.items) ? `<h3>Second-tier suppliers</h3><ul>${tier2(data.up.items)}</ul>` : '')
    + (tier2(data.down.items) ? `<h3>Second-tier customers</h3><ul>${tier2(data.down.items)}</ul>` : '');
}

function navigate(id) {
  history.pushState({ id }, '', '/explore?firm=' + encodeURIComponent(id));
  show(id);
}

cy = cytoscape({
  container: document.getElementById('graph'),
  style: [
    { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 10,
      'text-wrap': 'ellipsis', 'text-max-width': 120, width: 18, height: 18 } },
    { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'font-size': 9, color: '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
      'text-background-opacity': 0.8, 'line-color': '#999', 'target-arrow-color': '#999' } },
    // An edge shows its product and confidence while the pointer is on it.
    { selector: 'edge.hover', style: { label: 'data(label)', width: 3 } },
    { selector: 'edge[kind = "COMPETES_WITH"]', style: { 'line-style': 'dashed', 'line-color': '#c0392b', 'target-arrow-shape': 'none' } },
    { selector: 'edge[kind = "INVESTS_IN"]', style: { 'line-color': '#27ae60', 'target-arrow-color': '#27ae60' } }
  ]
});
cy.on('tap', 'node', event => navigate(event.target.id()));
cy.on('mouseover', 'edge', event => event.target.addClass('hover'));
cy.on('mouseout', 'edge', event => event.target.removeClass('hover'));
window.addEventListener('popstate', () => show(new URLSearchParams(location.search).get('firm')));

const search = document.getElementById('search');
const hits = document.getElementById('hits');
let pending;
search.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    if (search.value.trim().length < 2) { hits.innerHTML = ''; return; }
    const data = await graphql('query Search($text: String!) { search(text: $text, first: 8) { organization { id name } } }', { text: search.value });
    hits.innerHTML = data.search.map(h => `<li data-id="${escape(h.organization.id)}">${escape(h.organization.name)}</li>`).join('');
    hits.querySelectorAll('li').forEach(li => li.addEventListener('click', () => { hits.innerHTML = ''; navigate(li.dataset.id); }));
  }, 250);
});

show(new URLSearchParams(location.search).get('firm') || 'cn-guizhou-anda');
