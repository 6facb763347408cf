-- Text.fold lower-cased after replacing "ø", "æ", "œ": a capital "Ø" (Ørsted), "Æ" or "Œ" was kept as "ø", "æ",
-- "œ" in the folded columns, and "Ł", "Đ", "ı" were never folded. Fold what is stored as the code now does, so
-- searches, sorting and duplicate warnings agree with it.
UPDATE third_parties
SET sort_name   = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(sort_name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i'),
    search_text = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(search_text, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i'),
    name_key    = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(name_key, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i')
WHERE search_text LIKE '%ø%' OR search_text LIKE '%æ%' OR search_text LIKE '%œ%'
   OR search_text LIKE '%ł%' OR search_text LIKE '%đ%' OR search_text LIKE '%ı%';

UPDATE third_party_tags
SET sort_name   = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(sort_name, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i'),
    search_text = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(search_text, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i')
WHERE search_text LIKE '%ø%' OR search_text LIKE '%æ%' OR search_text LIKE '%œ%'
   OR search_text LIKE '%ł%' OR search_text LIKE '%đ%' OR search_text LIKE '%ı%';

-- a tag whose new key another tag of the workspace already has keeps its old one (the other answers for both)
UPDATE tags
SET name_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(name_key, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i')
WHERE (name_key LIKE '%ø%' OR name_key LIKE '%æ%' OR name_key LIKE '%œ%'
       OR name_key LIKE '%ł%' OR name_key LIKE '%đ%' OR name_key LIKE '%ı%')
  AND NOT EXISTS (
      SELECT 1 FROM tags other
      WHERE other.workspace_id = tags.workspace_id
        AND other.name_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(tags.name_key, 'ø', 'o'), 'æ', 'ae'), 'œ', 'oe'), 'ł', 'l'), 'đ', 'd'), 'ı', 'i'));
