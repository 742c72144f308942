-- A story is matched by its most recent member vectors (f32, k x 384), not by a centroid.
ALTER TABLE stories RENAME COLUMN centroid TO exemplars;
