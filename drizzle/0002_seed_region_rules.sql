-- LinkedIn's published changes to "Data for Generative AI Improvement", from the table in
-- DESIGN.md ("Effective training exposure"). Groups are expanded to ISO 3166 codes here, in
-- data: EU = the 27 member states; EEA = EU + IS, LI, NO; CH = Switzerland.
-- Every workspace gets its own copy (admins may correct it); new workspaces copy these rows.
INSERT INTO "region_rule_defaults" ("effective_from", "regions", "exempt", "default_on", "label", "source_title", "source_url", "start_unconfirmed") VALUES
  ('2024-09-18', ARRAY['*'], false, true,
   'The setting exists, default ON: posts may be used for training',
   'LinkedIn Help: Control whether LinkedIn uses your data to train generative AI models',
   'https://www.linkedin.com/help/linkedin/answer/a5538339', false),
  ('2024-09-18', ARRAY['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE','IS','LI','NO','CH'], true, true,
   'EU, EEA and Switzerland exempt: no training on members'' data whatever the toggle says',
   'LBC (PA), 20 September 2024: LinkedIn suspends training of AI models using UK user data; LinkedIn: not enabling AI training in the EEA, Switzerland and the UK',
   'https://www.lbc.co.uk/tech/e8a179de16bc4525a80f3dee73601a8f', false),
  ('2024-09-20', ARRAY['GB'], true, true,
   'United Kingdom exempt after the UK regulator''s objection',
   'ICO statement on changes to LinkedIn AI data policy, 20 September 2024',
   'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/our-statement-on-changes-to-linkedin-ai-data-policy', false),
  ('2024-09-18', ARRAY['CA','HK'], true, true,
   'Canada and Hong Kong reported as not included until the 2025 change',
   'The Register, 27 October 2025: members in Canada and Hong Kong were previously exempt',
   'https://www.theregister.com/2025/10/27/linkedin_ai_profile_scraping/', true),
  ('2025-11-03', ARRAY['AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE','IS','LI','NO','CH','GB','CA','HK'], false, true,
   'Exemption ends: training per the toggle, default ON',
   'LinkedIn User Agreement and Privacy Policy update effective 3 November 2025 (Help Net Security, 18 September 2025)',
   'https://www.helpnetsecurity.com/2025/09/18/linkedin-ai-data-privacy-policy/', false);
--> statement-breakpoint
INSERT INTO "region_rules" ("workspace_id", "effective_from", "regions", "exempt", "default_on", "label", "source_title", "source_url", "start_unconfirmed")
SELECT w."id", d."effective_from", d."regions", d."exempt", d."default_on", d."label", d."source_title", d."source_url", d."start_unconfirmed"
FROM "workspaces" w CROSS JOIN "region_rule_defaults" d;
