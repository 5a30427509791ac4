    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
?    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
V    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
<    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
>    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
Q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
B    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
O    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
Q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
V    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
;    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
`    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
'    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
7    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
7    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
5    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
5    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
6    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
j    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
R    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
O    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
O    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
R    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
O    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
O    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
#    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
2    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
#    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
2    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
#    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
2    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
#    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
2    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
#    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
2    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
>    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
j    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
j    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
'    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
'    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
>    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
+    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
>    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
N    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
R    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
H    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
7    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
7    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
5    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
5    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
6    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
V    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
P    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
*    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
R    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
3    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
y    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
j    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
A    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
j    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
[    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
]    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
R    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
+    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
0    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
F    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
S    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
/    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
x    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
w    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
N    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
T    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
N    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
v    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
g    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
b    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
k    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
%    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
;    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
-    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
l    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
D    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
E    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
V    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
q    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
z    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
,    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
c    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
u    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
d    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
{    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
r    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
s    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
h    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
t    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
o    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
p    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
1    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
.    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
4    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
}    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
f    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
e    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
=    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
_    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
"    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
:    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
     reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
m    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
a    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
i    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
n    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
(    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
)    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]

    reduced = [replace(entry, alternates=entry.alternates[:-1]) if i in held_back else entry
               for i, entry in enumerate(entries)]
