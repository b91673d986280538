"""Family 8: a county's work plan (工作方案) against the city's dated targets and the province's requirements."""
