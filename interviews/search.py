"""Full-text search over statements, commentary and interviews.

PostgreSQL: a stored search vector kept by the database and a GIN index.
SQLite: a simple contains search. Same function, same results shape.
"""
