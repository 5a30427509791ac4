"""``faqbot console``: the knowledge maintainers' web page (issue 14).

- ``app.py``: the Starlette app, its pages and the guard every request passes;
- ``security.py``: where it may listen, the token, the login cookie and logouts, CSRF and
  origin checks;
- ``forms.py``: form posts read as hostile input (400 naming the field);
- ``hits.py``, ``entries.py``, ``unanswered.py``, ``calibration.py``: what each page shows;
- ``feedback.py``: reading the feedback database for a page, bounded in time (a hung
  database costs a page its use counts, not minutes);
- ``drafts.py``: planning a new entry (adding an alternate is bot/promote.py's);
- ``plot.py``: the SVG charts;
- ``server.py``: running it on its own, or mounted in ``faqbot serve``'s HTTP mode;
- ``templates/``, ``static/``: Jinja2 templates (autoescaped) and the stylesheet.
"""
