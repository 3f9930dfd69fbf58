// Package pgcluster runs a private PostgreSQL server from the binaries
// installed on the machine, so that quoted works with no configuration.
//
// The server listens only on a unix socket inside its data directory. When
// the process runs as root, the PostgreSQL binaries run as an unprivileged
// user, because initdb and postgres refuse to run as root.
package pgcluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrNotInstalled means no PostgreSQL server binaries were found.
var ErrNotInstalled = errors.New("no PostgreSQL server binaries found (looked for initdb, pg_ctl and postgres on PATH, in `pg_config --bindir` and in /usr/lib/postgresql/*/bin); install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL to an existing database")

// Port is the port number in the socket file name; no TCP port is opened.
const Port = 5432

// User is the database superuser the cluster is created with.
const User = "quoted"

// Cluster is a running private PostgreSQL server.
type Cluster struct {
	dir    string // holds pgdata/, the socket and the log
	bindir string
	cred   *syscall.Credential // nil when not root
	owned  bool                // we started it, so we stop it
	log    *slog.Logger
}

// Options tune Start.
type Options struct {
	// Logger receives progress; nil discards.
	Logger *slog.Logger
	// Fast trades durability for speed (fsync off); for tests only.
	Fast bool
}

// FindBinDir locates a directory with initdb, pg_ctl and postgres.
func FindBinDir() (string, error) {
	var candidates []string
	if p, err := exec.LookPath("initdb"); err == nil {
		candidates = append(candidates, filepath.Dir(p))
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		candidates = append(candidates, strings.TrimSpace(string(out)))
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	// Newest major version first.
	sort.Slice(dirs, func(i, j int) bool { return pgMajor(dirs[i]) > pgMajor(dirs[j]) })
	candidates = append(candidates, dirs...)
	for _, d := range candidates {
		if hasBinaries(d) {
			return d, nil
		}
	}
	return "", ErrNotInstalled
}

func pgMajor(bindir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(bindir)))
	return n
}

func hasBinaries(dir string) bool {
	for _, name := range []string{"initdb", "pg_ctl", "postgres"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode()&0o111 == 0 {
			return false
		}
	}
	return true
}

// Start initializes the cluster in dir if it is new and starts the server.
// If a server is already running on dir (another quoted process, or one left
// behind), Start uses it and Stop leaves it running.
func Start(ctx context.Context, dir string, opts Options) (*Cluster, error) {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	bindir, err := FindBinDir()
	if err != nil {
		return nil, err
	}
	dir, err = filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	// The socket path must fit in sun_path (108 bytes).
	if n := len(filepath.Join(dir, ".s.PGSQL.5432.lock")); n > 100 {
		return nil, fmt.Errorf("data directory path %q is too long for a unix socket (%d bytes); choose a shorter QUOTED_DATA_DIR", dir, n)
	}
	c := &Cluster{dir: dir, bindir: bindir, log: log}
	if os.Geteuid() == 0 {
		if c.cred, err = unprivilegedCredential(); err != nil {
			return nil, err
		}
	}
	if err := c.prepareDir(); err != nil {
		return nil, err
	}
	pgdata := c.pgdata()
	if _, err := os.Stat(filepath.Join(pgdata, "PG_VERSION")); errors.Is(err, os.ErrNotExist) {
		log.Info("initializing private PostgreSQL cluster", "dir", pgdata, "bindir", bindir)
		if err := c.initdb(ctx); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fmt.Errorf("inspect data directory: %w", err)
	}
	if c.running(ctx) {
		log.Warn("private PostgreSQL is already running; using it and leaving it running", "dir", pgdata)
		return c, nil
	}
	args := []string{"start", "-D", pgdata, "-w", "-t", "60", "-l", c.logFile(),
		"-o", c.serverOptions(opts.Fast)}
	if out, err := c.run(ctx, "pg_ctl", args...); err != nil {
		return nil, fmt.Errorf("start PostgreSQL: %w\n%s%s", err, out, c.tailLog())
	}
	c.owned = true
	log.Info("private PostgreSQL started", "socket_dir", dir)
	return c, nil
}

func (c *Cluster) pgdata() string  { return filepath.Join(c.dir, "pgdata") }
func (c *Cluster) logFile() string { return filepath.Join(c.dir, "postgres.log") }

func (c *Cluster) serverOptions(fast bool) string {
	// listen_addresses='' keeps TCP closed: only this machine's users
	// with access to dir can connect.
	o := fmt.Sprintf("-c listen_addresses='' -k %s -p %d", c.dir, Port)
	if fast {
		o += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	}
	return o
}

// DSN returns a connection string for database name on this cluster.
func (c *Cluster) DSN(name string) string {
	return fmt.Sprintf("host=%s port=%d user=%s dbname=%s sslmode=disable", c.dir, Port, User, name)
}

// Dir is the directory holding the cluster.
func (c *Cluster) Dir() string { return c.dir }

// Stop shuts the server down if Start started it.
func (c *Cluster) Stop(ctx context.Context) error {
	if c == nil || !c.owned {
		return nil
	}
	out, err := c.run(ctx, "pg_ctl", "stop", "-D", c.pgdata(), "-m", "fast", "-w", "-t", "60")
	if err != nil {
		return fmt.Errorf("stop PostgreSQL: %w\n%s", err, out)
	}
	c.owned = false
	return nil
}

func (c *Cluster) running(ctx context.Context) bool {
	_, err := c.run(ctx, "pg_ctl", "status", "-D", c.pgdata())
	return err == nil
}

func (c *Cluster) initdb(ctx context.Context) error {
	// Collation C keeps ordering fast and reproducible; a UTF-8 ctype lets
	// full-text search and pg_trgm see accented letters as letters.
	args := []string{"-D", c.pgdata(), "-U", User, "--auth=trust", "--encoding=UTF8",
		"--lc-collate=C", "--lc-ctype=" + utf8Ctype()}
	if out, err := c.run(ctx, "initdb", args...); err != nil {
		// Leave no half-initialized cluster behind: the next start retries.
		_ = os.RemoveAll(c.pgdata())
		return fmt.Errorf("initdb: %w\n%s", err, out)
	}
	return nil
}

// utf8Ctype picks a UTF-8 locale the machine has; C.UTF-8 ships with glibc.
func utf8Ctype() string {
	out, err := exec.Command("locale", "-a").Output()
	if err == nil {
		for _, l := range strings.Fields(string(out)) {
			if l == "C.UTF-8" || l == "C.utf8" {
				return l
			}
		}
	}
	return "C"
}

// prepareDir creates dir and, when running as root, hands it to the
// unprivileged user and makes sure that user can reach it.
func (c *Cluster) prepareDir() error {
	if err := os.MkdirAll(c.dir, 0o700); err != nil {
		return fmt.Errorf("create data directory: %w", err)
	}
	if c.cred == nil {
		return nil
	}
	uid, gid := int(c.cred.Uid), int(c.cred.Gid)
	if err := os.Chown(c.dir, uid, gid); err != nil {
		return fmt.Errorf("hand data directory to uid %d: %w", uid, err)
	}
	// pgdata may already exist from an earlier run as another user.
	if err := filepath.WalkDir(c.pgdata(), func(p string, _ os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		return os.Lchown(p, uid, gid)
	}); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("hand data directory to uid %d: %w", uid, err)
	}
	// The server must be able to traverse every ancestor (for example
	// /root, usually 0700). Grant search permission only, never read.
	for p := filepath.Dir(c.dir); ; p = filepath.Dir(p) {
		fi, err := os.Stat(p)
		if err != nil {
			return fmt.Errorf("inspect %s: %w", p, err)
		}
		if fi.Mode().Perm()&0o001 == 0 {
			if err := os.Chmod(p, fi.Mode().Perm()|0o001); err != nil {
				return fmt.Errorf("allow PostgreSQL to reach %s: %w", p, err)
			}
			c.log.Info("granted search permission so the PostgreSQL user can reach its data", "dir", p)
		}
		if p == filepath.Dir(p) {
			break
		}
	}
	return nil
}

// unprivilegedCredential picks the user the server runs as under root:
// the distribution's postgres user if there is one, else nobody.
func unprivilegedCredential() (*syscall.Credential, error) {
	for _, name := range []string{"postgres", "nobody"} {
		u, err := user.Lookup(name)
		if err != nil {
			continue
		}
		uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
		gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
		if err1 != nil || err2 != nil || uid == 0 {
			continue
		}
		return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
	}
	return nil, errors.New("running as root, and no unprivileged user (postgres or nobody) exists to run PostgreSQL; run quoted as a normal user or set DATABASE_URL")
}

func (c *Cluster) run(ctx context.Context, name string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(c.bindir, name), args...)
	// The unprivileged user may not be able to enter our working directory.
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "LC_ALL=C", "PGTZ=UTC")
	if c.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
		cmd.Env = append(cmd.Env, "HOME="+c.dir)
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	// pg_ctl start leaves the server holding stdout open unless -l is used;
	// WaitDelay keeps a misbehaving child from hanging us anyway.
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	return out.Bytes(), err
}

func (c *Cluster) tailLog() string {
	b, err := os.ReadFile(c.logFile())
	if err != nil {
		return ""
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return "server log:\n" + string(b)
}
