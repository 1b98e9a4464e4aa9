package dev.cloudabi.emulator.memfs;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.DirEntry;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.OpenMode;
import dev.cloudabi.emulator.fd.TimeUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A directory capability of a {@link MemFileSystem}; POSIX (Linux) semantics per operation. */
final class MemDirectory implements DirectoryObject {
  private final MemFileSystem fs;
  private final MemNode.Dir dir;

  MemDirectory(MemFileSystem fs, MemNode.Dir dir) {
    this.fs = fs;
    this.dir = dir;
  }

  /** A single name, with the trailing slash (if any) split off. */
  private record Name(String base, boolean slash) {
    static Name of(String name) {
      boolean slash = name.endsWith("/");
      String base = slash ? name.substring(0, name.length() - 1) : name;
      if (base.isEmpty() || base.equals("..") || base.indexOf('/') >= 0) {
        throw new ErrnoException(Errno.EINVAL, "not a single name: " + name);
      }
      return new Name(base, slash);
    }

    boolean self() {
      return base.equals(".");
    }
  }

  @Override
  public FileType type() {
    return FileType.DIRECTORY;
  }

  private MemNode find(Name name) {
    if (name.self()) {
      return dir;
    }
    MemNode node = dir.removed ? null : dir.children.get(name.base());
    if (node == null) {
      throw new ErrnoException(Errno.ENOENT, "no entry " + name.base());
    }
    if (name.slash() && node instanceof MemNode.Regular) {
      throw new ErrnoException(Errno.ENOTDIR, name.base() + " is not a directory");
    }
    return node;
  }

  private MemNode findOrNull(Name name) {
    return name.self() ? dir : dir.removed ? null : dir.children.get(name.base());
  }

  private void requireLive() {
    if (dir.removed) {
      throw new ErrnoException(Errno.ENOENT, "directory was removed");
    }
  }

  private void touch(MemNode node) {
    long now = fs.now();
    node.modifyTime = now;
    node.changeTime = now;
  }

  @Override
  public DirectoryObject openDirectory(String name) {
    synchronized (fs) {
      MemNode node = find(Name.of(name));
      return switch (node) {
        case MemNode.Dir child -> new MemDirectory(fs, child);
        case MemNode.Symlink link -> throw new ErrnoException(Errno.ELOOP, name + " is a link");
        case MemNode.Regular file -> throw new ErrnoException(Errno.ENOTDIR, name + " is a file");
      };
    }
  }

  @Override
  public String readlink(String name) {
    synchronized (fs) {
      if (find(Name.of(name)) instanceof MemNode.Symlink link) {
        return link.target;
      }
      throw new ErrnoException(Errno.EINVAL, name + " is not a symbolic link");
    }
  }

  @Override
  public GuestObject open(String name, OpenMode mode) {
    synchronized (fs) {
      Name n = Name.of(name);
      MemNode node = findOrNull(n);
      if (node == null) {
        if (!mode.create()) {
          throw new ErrnoException(Errno.ENOENT, "no entry " + n.base());
        }
        if (n.slash() || mode.directory()) {
          throw new ErrnoException(Errno.EISDIR, "cannot create a file named " + name);
        }
        requireLive();
        MemNode.Regular file = new MemNode.Regular(fs.allocateInode(), fs.now());
        dir.children.put(n.base(), file);
        touch(dir);
        return new MemFile(fs, file, mode);
      }
      if (mode.create() && mode.exclusive()) {
        throw new ErrnoException(Errno.EEXIST, n.base() + " exists");
      }
      return switch (node) {
        case MemNode.Symlink link ->
            throw new ErrnoException(Errno.ELOOP, name + " is a symbolic link");
        case MemNode.Dir child -> {
          if (mode.write() || mode.truncate()) {
            throw new ErrnoException(Errno.EISDIR, name + " is a directory");
          }
          yield new MemDirectory(fs, child);
        }
        case MemNode.Regular file -> {
          if (n.slash() || mode.directory()) {
            throw new ErrnoException(Errno.ENOTDIR, name + " is not a directory");
          }
          if (mode.truncate() && file.length > 0) {
            fs.resize(-file.length);
            file.length = 0;
            file.data = new byte[0];
            touch(file);
          }
          yield new MemFile(fs, file, mode);
        }
      };
    }
  }

  @Override
  public void createDirectory(String name) {
    synchronized (fs) {
      Name n = Name.of(name);
      if (findOrNull(n) != null) {
        throw new ErrnoException(Errno.EEXIST, n.base() + " exists");
      }
      requireLive();
      dir.children.put(n.base(), new MemNode.Dir(fs.allocateInode(), fs.now(), dir));
      dir.links++;
      touch(dir);
    }
  }

  @Override
  public void symlink(String target, String name) {
    synchronized (fs) {
      Name n = Name.of(name);
      if (target.isEmpty()) {
        throw new ErrnoException(Errno.ENOENT, "empty link text");
      }
      if (findOrNull(n) != null) {
        throw new ErrnoException(Errno.EEXIST, n.base() + " exists");
      }
      if (n.slash()) {
        throw new ErrnoException(Errno.ENOENT, "no directory " + n.base());
      }
      requireLive();
      dir.children.put(n.base(), new MemNode.Symlink(fs.allocateInode(), fs.now(), target));
      touch(dir);
    }
  }

  @Override
  public void link(String name, DirectoryObject target, String targetName) {
    synchronized (fs) {
      MemDirectory to = sameFs(target);
      MemNode node = find(Name.of(name));
      if (node instanceof MemNode.Dir) {
        throw new ErrnoException(Errno.EPERM, "cannot hard-link directory " + name);
      }
      Name t = Name.of(targetName);
      if (to.findOrNull(t) != null) {
        throw new ErrnoException(Errno.EEXIST, t.base() + " exists");
      }
      if (t.slash()) {
        throw new ErrnoException(Errno.ENOENT, "no directory " + t.base());
      }
      to.requireLive();
      to.dir.children.put(t.base(), node);
      node.links++;
      node.changeTime = fs.now();
      to.touch(to.dir);
    }
  }

  @Override
  public void rename(String name, DirectoryObject target, String targetName) {
    synchronized (fs) {
      MemDirectory to = sameFs(target);
      Name s = Name.of(name);
      Name t = Name.of(targetName);
      MemNode node = find(s);
      if (s.self() || t.self()) {
        throw new ErrnoException(Errno.EINVAL, "cannot rename a directory's own entry");
      }
      to.requireLive();
      MemNode existing = to.dir.children.get(t.base());
      if (existing == node) {
        return;
      }
      if (node instanceof MemNode.Dir moved) {
        for (MemNode.Dir d = to.dir; ; d = d.parent) {
          if (d == moved) {
            throw new ErrnoException(Errno.EINVAL, "cannot move a directory into itself");
          }
          if (d.parent == d) {
            break;
          }
        }
        if (existing != null && !(existing instanceof MemNode.Dir)) {
          throw new ErrnoException(Errno.ENOTDIR, t.base() + " is not a directory");
        }
        if (existing instanceof MemNode.Dir victim && !victim.children.isEmpty()) {
          throw new ErrnoException(Errno.ENOTEMPTY, t.base() + " is not empty");
        }
      } else {
        if (s.slash() || t.slash()) {
          throw new ErrnoException(Errno.ENOTDIR, name + " is not a directory");
        }
        if (existing instanceof MemNode.Dir) {
          throw new ErrnoException(Errno.EISDIR, t.base() + " is a directory");
        }
      }
      if (existing != null) {
        drop(to.dir, existing);
      }
      dir.children.remove(s.base());
      to.dir.children.put(t.base(), node);
      if (node instanceof MemNode.Dir moved) {
        dir.links--;
        to.dir.links++;
        moved.parent = to.dir;
      }
      node.changeTime = fs.now();
      touch(dir);
      to.touch(to.dir);
    }
  }

  /** Unaccounts a node that lost the name it had in {@code parent}. */
  private void drop(MemNode.Dir parent, MemNode node) {
    if (node instanceof MemNode.Dir gone) {
      gone.removed = true;
      gone.links = 0;
      parent.links--;
    } else {
      node.links--;
      node.changeTime = fs.now();
      if (node.links == 0 && node instanceof MemNode.Regular file) {
        fs.resize(-file.length);
      }
    }
  }

  @Override
  public void unlink(String name, boolean directory) {
    synchronized (fs) {
      Name n = Name.of(name);
      if (n.self()) {
        throw new ErrnoException(Errno.EINVAL, "cannot remove '.'");
      }
      MemNode node = find(n);
      if (directory) {
        if (!(node instanceof MemNode.Dir victim)) {
          throw new ErrnoException(Errno.ENOTDIR, name + " is not a directory");
        }
        if (!victim.children.isEmpty()) {
          throw new ErrnoException(Errno.ENOTEMPTY, name + " is not empty");
        }
      } else if (node instanceof MemNode.Dir) {
        throw new ErrnoException(Errno.EPERM, name + " is a directory");
      } else if (n.slash()) {
        throw new ErrnoException(Errno.ENOTDIR, name + " is not a directory");
      }
      dir.children.remove(n.base());
      drop(dir, node);
      touch(dir);
    }
  }

  @Override
  public FileStat stat(String name) {
    synchronized (fs) {
      return find(Name.of(name)).stat(fs.device());
    }
  }

  @Override
  public void setTimes(String name, TimeUpdate times) {
    synchronized (fs) {
      MemFile.apply(fs, find(Name.of(name)), times);
    }
  }

  @Override
  public FileStat stat() {
    synchronized (fs) {
      return dir.stat(fs.device());
    }
  }

  @Override
  public void setTimes(TimeUpdate times) {
    synchronized (fs) {
      MemFile.apply(fs, dir, times);
    }
  }

  @Override
  public List<DirEntry> entries() {
    synchronized (fs) {
      List<DirEntry> entries = new ArrayList<>();
      entries.add(new DirEntry(".", dir.inode, FileType.DIRECTORY));
      entries.add(new DirEntry("..", dir.parent.inode, FileType.DIRECTORY));
      if (!dir.removed) {
        for (Map.Entry<String, MemNode> e : dir.children.entrySet()) {
          entries.add(new DirEntry(e.getKey(), e.getValue().inode, e.getValue().type()));
        }
      }
      return entries;
    }
  }

  @Override
  public boolean sameFileSystem(DirectoryObject other) {
    return other instanceof MemDirectory m && m.fs == fs;
  }

  private MemDirectory sameFs(DirectoryObject other) {
    if (other instanceof MemDirectory m && m.fs == fs) {
      return m;
    }
    throw new ErrnoException(Errno.EXDEV, "the two directories are in different file systems");
  }

  @Override
  public void close() {}
}
