"""The catalogue's section for files at the edge (``tallykit.cli.files``, ``file.`` in
``WORDING``): why an input cannot be read or an output written, in words of our own rather than
the operating system's (English) text, Chinese first with English beside.
"""

from __future__ import annotations

FILES: dict[str, tuple[str, str]] = {
    # what was being done
    "read": ("无法读取文件", "cannot read the file"),
    "read_what": ("无法读取{what}文件", "cannot read the {what} file"),
    "write": ("{path}：无法写入", "{path}: cannot write"),
    "folder_unreadable": ("无法读取文件夹：{why}", "cannot read the folder: {why}"),
    # what a side file is (the profile's word is the field label's)
    "what.certificate": ("证书", "certificate"),
    "what.holidays": ("节假日", "holiday list"),
    # why: the operating system's errors
    "no_such_file": ("文件不存在", "no such file or folder"),
    "permission": ("没有权限", "permission denied"),
    "is_folder": ("这是一个文件夹", "it is a folder"),
    "not_a_folder": ("路径中有一段不是文件夹", "a part of the path is not a folder"),
    "no_space": ("磁盘空间不足", "no space left on the disk"),
    "read_only": ("只读的文件系统", "read-only file system"),
    "name_too_long": ("文件名过长", "file name too long"),
    "link_loop": ("符号链接循环", "too many levels of symbolic links"),
    "io_error": ("读写设备出错", "input/output error"),
    "system_error": ("系统错误（错误号 {errno}）", "system error (errno {errno})"),
    "file_exists": ("同名文件已存在", "a file of that name exists"),
    # why: not a file that can be read, or too large
    "not_regular": ("不是普通文件，而是{kind}", "not a regular file but {kind}"),
    "kind.folder": ("文件夹", "a folder"),
    "kind.fifo": ("命名管道", "a named pipe (FIFO)"),
    "kind.device": ("设备", "a device"),
    "kind.socket": ("套接字", "a socket"),
    "kind.special": ("特殊文件", "a special file"),
    "too_large": ("超过大小上限 {limit}（可用 --max-size 调整）", "larger than the limit of {limit} (change it with --max-size)"),
    "not_results_file": ("不是 .json、.xlsx 或 .csv 文件", "not a .json, .xlsx or .csv file"),
}
