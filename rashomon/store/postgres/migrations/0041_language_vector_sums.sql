-- A running sample of statement vectors per language (how many, and their float32 sum),
-- from which comparison takes each language's mean vector (see rashomon/comparison/alignment.py).
CREATE TABLE language_vector_sums (
    language TEXT PRIMARY KEY,
    statements INTEGER NOT NULL,
    total BYTEA NOT NULL
);
