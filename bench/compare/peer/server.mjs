// @neo4j/graphql over the benchmark's database: the peer the benchmark compares with.
//   node server.mjs BOLT_URL HTTP_PORT
import http from 'node:http';
import net from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import neo4j from 'neo4j-driver';

// Without TCP_NODELAY, statements over about 3 KB stall about 40 ms on loopback (Nagle's
// algorithm against delayed acknowledgements); the Java driver sets it, so the peer does too.
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  this.setNoDelay(true);
  return connect.apply(this, args);
};

// The part of our graph the three entity queries read, as @neo4j/graphql types.
const typeDefs = /* GraphQL */ `
  type Firm @node(labels: ["Firm", "Organization"])
    @fulltext(indexes: [{ indexName: "organization_search", queryName: "firmsSearch", fields: ["name"] }]) {
    id: ID!
    name: String
    certifications: [Certification!]! @relationship(type: "HOLDS", direction: OUT)
    products: [Product!]! @relationship(type: "MAKES", direction: OUT)
    suppliers: [Firm!]! @relationship(type: "SUPPLIES", direction: IN)
    customers: [Firm!]! @relationship(type: "SUPPLIES", direction: OUT)
  }
  type Certification @node {
    id: ID!
    tier: String
    level: String
    batch: Int
    validFrom: Date
    validUntil: Date
  }
  type Product @node {
    id: ID!
    name: String
  }
`;

const [boltUrl, port] = process.argv.slice(2);
const driver = neo4j.driver(boltUrl, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 64 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
http.createServer(createHandler({ schema, context: () => ({}) })).listen(Number(port), '127.0.0.1', () => {
  console.log(`peer ready on ${port}`);
});
