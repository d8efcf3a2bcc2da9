-- As in app databases (app V4): system tables live in their own schema, rocket; Flyway's history stays in public.
CREATE SCHEMA IF NOT EXISTS rocket;
ALTER TABLE public._apps SET SCHEMA rocket;
ALTER TABLE public._platform_users SET SCHEMA rocket;
ALTER TABLE public._platform_refresh_tokens SET SCHEMA rocket;
