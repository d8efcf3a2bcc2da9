-- System tables leave the schema that holds record tables (public) for their own schema, rocket: record SQL always
-- names public and system SQL always names rocket, so no entity table can shadow a system table, whatever its name.
-- Indexes, constraints and foreign keys move with their tables. Flyway's history (_schema_history) stays in public.
CREATE SCHEMA IF NOT EXISTS rocket;
ALTER TABLE public._entities SET SCHEMA rocket;
ALTER TABLE public._relations SET SCHEMA rocket;
ALTER TABLE public._rules SET SCHEMA rocket;
ALTER TABLE public._state_machines SET SCHEMA rocket;
ALTER TABLE public._workflows SET SCHEMA rocket;
ALTER TABLE public._workflow_instances SET SCHEMA rocket;
ALTER TABLE public._users SET SCHEMA rocket;
ALTER TABLE public._refresh_tokens SET SCHEMA rocket;
ALTER TABLE public._permissions SET SCHEMA rocket;
ALTER TABLE public._webhooks SET SCHEMA rocket;
ALTER TABLE public._webhook_logs SET SCHEMA rocket;
ALTER TABLE public._files SET SCHEMA rocket;
ALTER TABLE public._ui_configs SET SCHEMA rocket;
ALTER TABLE public._events SET SCHEMA rocket;
ALTER TABLE public._invites SET SCHEMA rocket;
