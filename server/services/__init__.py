"""Units of work behind the routes: each opens one transaction and writes its audit entry in it;
none imports the HTTP layer (`server.api`)."""
