// True when the graph holds no Source yet (every seeded fact cites one), i.e. it needs seeding.
OPTIONAL MATCH (s:Source)
WITH s LIMIT 1
RETURN s IS NULL AS empty
