"""A small client for the Little Giants knowledge base.

Standard library and pandas only::

    from littlegiants_kb import KnowledgeBase
    kb = KnowledgeBase("http://127.0.0.1:8080")          # api_key="..." on a shared server
    kb.query("{ stats { data { version } } }")           # the GraphQL answer's data
    kb.frame("euExposure", country="Germany")            # an analytic answer as a flat DataFrame
    kb.frame("firms", province="33", tier="LITTLE_GIANT")  # every matching firm, paged for you
    kb.match(["宁德时代", "CATL", "Volkswagn"])            # names to organizations, with decisions

``frame`` reads the server's CSV export of the question (``/export/<question>.csv``): one row
per item, nested fields as dotted columns (``exporter.name``), lists joined with "; ", and the
confidence and sources of each fact as columns.
"""

import io
import json
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["KnowledgeBase", "KnowledgeBaseError"]


class KnowledgeBaseError(Exception):
    """The server refused or failed a request; ``errors`` holds its GraphQL errors, if any."""

    def __init__(self, message, errors=None, status=None):
        super().__init__(message)
        self.errors = errors or []
        self.status = status


class KnowledgeBase:
    """A connection to a running knowledge base server."""

    def __init__(self, url="http://127.0.0.1:8080", api_key=None, timeout=300):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout

    def query(self, document, variables=None):
        """Runs a GraphQL document and returns its ``data``; raises KnowledgeBaseError on errors."""
        body = json.dumps({"query": document, "variables": variables or {}}).encode("utf-8")
        answer = json.loads(self._send("/graphql", body, "application/json"))
        if answer.get("errors"):
            messages = "; ".join(e.get("message", "") for e in answer["errors"])
            raise KnowledgeBaseError(messages, answer["errors"])
        return answer["data"]

    def pages(self, document, connection, variables=None):
        """Every node of a Relay connection, page after page.

        ``document`` declares ``$after: String`` and passes it to the connection field named
        ``connection`` (a dotted path from ``data``, e.g. ``"firms"``), which selects
        ``pageInfo { hasNextPage endCursor }`` and ``edges { node { ... } }``.
        """
        variables = dict(variables or {})
        while True:
            data = self.query(document, variables)
            for key in connection.split("."):
                data = data[key]
            for edge in data["edges"]:
                yield edge["node"]
            if not data["pageInfo"]["hasNextPage"]:
                return
            variables["after"] = data["pageInfo"]["endCursor"]

    def frame(self, question, **arguments):
        """An analytic question (or ``"firms"``) as a pandas DataFrame, via its CSV export.

        Arguments are the question's GraphQL arguments; lists may be Python lists.
        """
        import pandas

        query = urllib.parse.urlencode({k: _parameter(v) for k, v in arguments.items() if v is not None})
        text = self._send("/export/%s.csv%s" % (question, "?" + query if query else ""))
        return pandas.read_csv(io.StringIO(text.lstrip("\ufeff")), dtype=str, keep_default_na=False)

    def match(self, names, country=None, candidates=3):
        """Maps names to organizations with the importer's rules: one row per name with its
        decision (MATCH, AMBIGUOUS, NONE), the rule, the organization matched and candidates."""
        import csv
        import pandas

        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["name"])
        for name in names:
            writer.writerow([name])
        query = urllib.parse.urlencode({k: v for k, v in {"country": country, "candidates": candidates}.items()
                                        if v is not None})
        text = self._send("/match?" + query, out.getvalue().encode("utf-8"), "text/csv")
        return pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)

    def _send(self, path, body=None, content_type=None):
        request = urllib.request.Request(self.url + path, data=body)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.api_key:
            request.add_header("Authorization", "Bearer " + self.api_key)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            try:
                errors = json.loads(text).get("errors", [])
                message = "; ".join(e.get("message", "") for e in errors) or text
            except ValueError:
                errors, message = [], text
            raise KnowledgeBaseError("%s %s: %s" % (error.code, path.split("?")[0], message), errors,
                                     error.code) from None


def _parameter(value):
    if isinstance(value, (list, tuple, set)):
        return ",".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
