-- Two roles and databases on one PostgreSQL: Đôn Đốc's own and Temporal's.
CREATE ROLE temporal LOGIN PASSWORD 'temporal' CREATEDB;
CREATE ROLE dondoc LOGIN PASSWORD 'dondoc';
CREATE DATABASE dondoc OWNER dondoc ENCODING 'UTF8' TEMPLATE template0;
