"""All Qt code of Prachakhom.  Depends on ``workshop``; never the other way round."""
