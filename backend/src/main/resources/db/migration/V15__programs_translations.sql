-- Chinese and English texts of what organizers write (issue 13, "Bilingual content").
-- Each plain column keeps the primary text (Chinese, or English when there is no Chinese), so
-- search, sort, the audit trail and older readers keep working; the *_i18n column next to it
-- keeps both as JSON {"zh-CN": "...", "en": "..."} (NULL: the same text in both languages).
ALTER TABLE program ADD COLUMN title_i18n TEXT;
ALTER TABLE program ADD COLUMN description_i18n TEXT;
ALTER TABLE program_category ADD COLUMN name_i18n TEXT;
ALTER TABLE form_field ADD COLUMN label_i18n TEXT;
ALTER TABLE form_field ADD COLUMN help_text_i18n TEXT;
-- Choices: the plain column's primary texts stay the stored answer values; this one holds the
-- display texts, index-aligned, as a JSON list of {"zh-CN", "en"}.
ALTER TABLE form_field ADD COLUMN options_i18n TEXT;
ALTER TABLE prize_tier ADD COLUMN name_i18n TEXT;
ALTER TABLE judging_round ADD COLUMN name_i18n TEXT;
