-- Roles and databases on one PostgreSQL: Temporal's; Đôn Đốc's owner (migrations) and
-- its application role (the API and the worker; the migrations grant its rights).
CREATE ROLE temporal LOGIN PASSWORD 'temporal' CREATEDB;
CREATE ROLE dondoc LOGIN PASSWORD 'dondoc';
CREATE ROLE dondoc_app LOGIN PASSWORD 'dondoc_app';
CREATE DATABASE dondoc OWNER dondoc ENCODING 'UTF8' TEMPLATE template0;
