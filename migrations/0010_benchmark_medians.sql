CREATE TABLE "benchmark_medians" (
	"year" integer NOT NULL,
	"group_kind" text NOT NULL,
	"group_key" text NOT NULL,
	"medians" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	CONSTRAINT "benchmark_medians_group_kind_group_key_year_pk" PRIMARY KEY("group_kind","group_key","year")
);
