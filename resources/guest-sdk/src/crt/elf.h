/* The few ELF definitions start-up code needs, for the target's word size. */
#ifndef SDK_ELF_H
#define SDK_ELF_H

#include <stdint.h>

#define PT_DYNAMIC 2
#define PT_TLS 7
#define PT_GNU_RELRO 0x6474e552
#define DT_NULL 0
#define DT_HASH 4
#define DT_STRTAB 5
#define DT_SYMTAB 6
#define DT_RELA 7
#define DT_RELASZ 8
#define STB_GLOBAL 1
#define STT_FUNC 2
#define STV_DEFAULT 0
#define R_X86_64_RELATIVE 8
#define R_AARCH64_RELATIVE 1027

#if UINTPTR_MAX == 0xffffffffffffffffu
typedef struct {
  unsigned char e_ident[16];
  uint16_t e_type, e_machine;
  uint32_t e_version;
  uint64_t e_entry, e_phoff, e_shoff;
  uint32_t e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} elf_ehdr_t;
typedef struct {
  uint32_t p_type, p_flags;
  uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} elf_phdr_t;
typedef struct {
  int64_t d_tag;
  uint64_t d_val;
} elf_dyn_t;
typedef struct {
  uint32_t st_name;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
  uint64_t st_value, st_size;
} elf_sym_t;
typedef struct {
  uint64_t r_offset, r_info;
  int64_t r_addend;
} elf_rela_t;
#define ELF_R_TYPE(info) ((uint32_t)(info))
#else
typedef struct {
  unsigned char e_ident[16];
  uint16_t e_type, e_machine;
  uint32_t e_version, e_entry, e_phoff, e_shoff, e_flags;
  uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum, e_shstrndx;
} elf_ehdr_t;
typedef struct {
  uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
} elf_phdr_t;
typedef struct {
  int32_t d_tag;
  uint32_t d_val;
} elf_dyn_t;
typedef struct {
  uint32_t st_name, st_value, st_size;
  unsigned char st_info, st_other;
  uint16_t st_shndx;
} elf_sym_t;
#endif

#define ELF_ST_BIND(info) ((info) >> 4)
#define ELF_ST_TYPE(info) ((info)&0xf)
#define ELF_ST_VISIBILITY(other) ((other)&0x3)

#endif
