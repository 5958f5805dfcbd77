-- UNLOGGED (edited by hand; drizzle-kit has no option for it): a hit writes no WAL and its commit waits for no
-- disk flush. After a crash, or on a promoted replica, the counters start again from zero.
CREATE UNLOGGED TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_ms" integer NOT NULL,
	"hits" integer NOT NULL
);
