import os

from data import T

# The fixtures live in tests/tables, two folders up from this script's.
TABLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "tables")
os.chdir(TABLES)
for name, t in T.items():
    lines = [f"# {name}", "",
             f"- URL: {t['url']}",
             f"- Page title: {t['title']}",
             f"- Caption as printed: {t['caption'] if t['caption'] else '(none printed with the table)'}",
             f"- Unit line as printed: {t['unit_note'] if t['unit_note'] else '(none; see notes)'}",
             f"- Language / number convention: {t['lang']}" + (" (but this document prints English-style numbers, see notes)" if t.get('number_style') and t['number_style'] != t['lang'] else ''),
             f"- Retrieved: stored copy of the page in the `pages` search corpus (text excerpt); cells copied as printed there.",
             "", "## Notes", "", t['notes'], ""]
    open(f"{name}.source.md", 'w', encoding='utf-8').write('\n'.join(lines))
print('ok')
