def M(company, agency, action, sig=None, stale=None, value=None, alts=None, optional=False, note=None):
    return dict(company=company, agency=agency, action=action, sig=sig, stale=stale or [],
                value=value, alts=alts or [], optional=optional, note=note)
