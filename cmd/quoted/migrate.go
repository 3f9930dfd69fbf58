package main

import (
	"context"
	"flag"
	"log/slog"
)

func runMigrate(ctx context.Context, args []string) error {
	fl := flag.NewFlagSet("migrate", flag.ContinueOnError)
	if err := fl.Parse(args); err != nil {
		return usageError(err.Error())
	}
	db, err := openDatabase(ctx, slog.Default())
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	slog.Info("database is up to date", "applied", n)
	return nil
}
