CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE queue_meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE items (
	id INTEGER NOT NULL, 
	client_reference VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	payload BLOB NOT NULL, 
	id_hash VARCHAR(64), 
	state VARCHAR(16) NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	next_attempt_at FLOAT NOT NULL, 
	last_error TEXT, 
	bundle_id VARCHAR(36), 
	created_at FLOAT NOT NULL, 
	updated_at FLOAT NOT NULL, 
	closed_at FLOAT, rejection_code VARCHAR(64), login BLOB, answer BLOB, 
	PRIMARY KEY (id), 
	UNIQUE (client_reference)
);
CREATE INDEX ix_items_id_hash ON items (id_hash);
CREATE INDEX ix_items_state ON items (state);
CREATE INDEX ix_items_bundle_id ON items (bundle_id);
CREATE TABLE bundles (
	bundle_id VARCHAR(36) NOT NULL, 
	created_at FLOAT NOT NULL, 
	item_count INTEGER NOT NULL, 
	file_name TEXT NOT NULL, 
	PRIMARY KEY (bundle_id)
);
CREATE TABLE bundle_items (
	bundle_id VARCHAR(36) NOT NULL, 
	client_reference VARCHAR(36) NOT NULL, 
	PRIMARY KEY (bundle_id, client_reference)
);
CREATE TABLE audit_stubs (
	client_reference VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	final_state VARCHAR(16) NOT NULL, 
	created_at FLOAT NOT NULL, 
	closed_at FLOAT, 
	purged_at FLOAT NOT NULL, 
	PRIMARY KEY (client_reference)
);
CREATE TABLE imported_acks (
	ack_id VARCHAR(36) NOT NULL, 
	bundle_id VARCHAR(36) NOT NULL, 
	imported_at FLOAT NOT NULL, 
	item_count INTEGER NOT NULL, 
	PRIMARY KEY (ack_id)
);
