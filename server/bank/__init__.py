"""The bank interface (社银接口): batch files out, return files in, and the monthly reconciliation
of business, finance and bank records (notice §5). Imports models and services, never the API."""
